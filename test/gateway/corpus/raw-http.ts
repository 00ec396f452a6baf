import { connect } from 'node:net';

/** A request written byte for byte, so framing, header and path abuse reach the server unchanged. */
export interface RawRequest {
  method: string;
  /** The request target exactly as sent: no normalisation of dots, slashes or encodings. */
  target: string;
  headers: Array<[string, string]>;
  body?: Buffer;
  /** The case frames the body itself (its own content-length / transfer-encoding); send no content-length. */
  ownFraming?: boolean;
  /** Replaces the whole head (request line and headers) for abuse a header list cannot express. */
  rawHead?: Buffer;
  /** The message is incomplete on purpose: closing the connection without an answer is acceptable. */
  incomplete?: boolean;
}

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Map<string, string>;
  body: string;
  ms: number;
}

const HEAD_END = Buffer.from('\r\n\r\n');

function head(request: RawRequest): Buffer {
  if (request.rawHead) return request.rawHead;
  const lines = [`${request.method} ${request.target} HTTP/1.1`, 'host: 127.0.0.1', 'connection: close'];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  if (!request.ownFraming && request.body) lines.push(`content-length: ${request.body.length}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The first final (non-1xx) response in what the server wrote before closing. */
function parse(bytes: Buffer): Omit<RawResponse, 'ms'> {
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf(HEAD_END);
    if (end < 0) return { status: 0, headers: new Map(), body: rest.toString('utf8') };
    const [statusLine, ...headerLines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(statusLine.split(' ')[1]);
    const headers = new Map<string, string>();
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    rest = rest.subarray(end + HEAD_END.length);
    if (status >= 100 && status < 200) continue;
    const length = headers.get('content-length');
    const body =
      headers.get('transfer-encoding') === 'chunked' ? dechunk(rest) : rest.subarray(0, Number(length ?? rest.length));
    return { status, headers, body: body.toString('utf8') };
  }
}

/** Sends one request on a fresh connection and reads until the server closes it. */
export function sendRaw(port: number, request: RawRequest, timeoutMs: number): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A server may reset a connection it refuses; what it wrote before still counts.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      reject(error);
    });
    socket.on('close', () => resolve({ ...parse(Buffer.concat(chunks)), ms: performance.now() - started }));
    socket.write(head(request));
    if (request.body) socket.write(request.body);
    if (request.incomplete) socket.end();
  });
}
