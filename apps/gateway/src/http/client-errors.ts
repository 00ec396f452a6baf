import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { PROBLEM_CONTENT_TYPE, problemType } from '@callsight/common/problem';

/** Node's own answers to requests it cannot parse, kept (status and reason) but told as problem+json. */
const ANSWERS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'The request line or headers are larger than the server reads'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'The request did not arrive in time'],
};
const UNREADABLE: [number, string] = [400, 'The request is not well-formed HTTP/1.1'];

const TITLES: Record<number, string> = {
  400: 'Bad request',
  408: 'Request timeout',
  417: 'Expectation failed',
  431: 'Request header fields too large',
};

function problemBody(status: number, detail: string): string {
  return JSON.stringify({
    type: problemType(ErrorCodes.badRequest),
    title: TITLES[status],
    status,
    code: ErrorCodes.badRequest,
    detail,
  });
}

interface ClientSocket extends Duplex {
  _httpMessage?: ServerResponse | null;
}

/**
 * Node keeps only the first headers of a request (1,000 by default) and drops the rest without a word,
 * content-length and content-type among them: the body of such a request was silently ignored and the
 * request handled as if it had none. A request that reaches the limit is refused instead.
 */
const MAX_HEADERS = 100;

export function refuseUnreadableHeaders(
  request: IncomingMessage,
  _response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  if (request.rawHeaders.length >= MAX_HEADERS * 2)
    return next(new DomainError(ErrorCodes.badRequest, `A request may have at most ${MAX_HEADERS - 1} headers`));
  // RFC 9112 §3.2; checked here rather than by Node, whose refusal is a bare status line.
  if (request.httpVersion === '1.1' && request.headers.host === undefined)
    return next(new DomainError(ErrorCodes.badRequest, 'An HTTP/1.1 request needs a Host header'));
  next();
}

/**
 * Node answers a request it cannot parse (bad framing, oversized headers, garbage) with a bare status line,
 * and an `Expect` it does not know with a bare 417: every other error of the API is problem+json, so these
 * are too.
 */
export function answerUnreadableRequests(server: Server): void {
  server.maxHeadersCount = MAX_HEADERS;
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: ClientSocket) => {
    // Mid-response (a pipelined request) or already gone: nothing can be said on this connection.
    if (!socket.writable || socket._httpMessage?.headersSent) return void socket.destroy();
    const [status, detail] = ANSWERS[error.code ?? ''] ?? UNREADABLE;
    const body = problemBody(status, detail);
    socket.end(
      `HTTP/1.1 ${status} ${TITLES[status]}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on('checkExpectation', (_request: unknown, response: ServerResponse) => {
    response.writeHead(417, { 'content-type': PROBLEM_CONTENT_TYPE, connection: 'close' });
    response.end(problemBody(417, 'The only expectation supported is "Expect: 100-continue"'));
  });
}
