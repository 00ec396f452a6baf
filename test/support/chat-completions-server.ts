import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted reply: a status, headers, a body (an object is sent as JSON, a string as is), after a delay. */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
}

export interface RecordedRequest {
  headers: IncomingMessage['headers'];
  body: {
    model?: string;
    messages?: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown; strict?: boolean } };
  };
}

type Responder = (request: RecordedRequest) => ScriptedReply;

const error = (status: number, message: string, extra: Record<string, unknown> = {}): ScriptedReply => ({
  status,
  body: { error: { message, type: 'invalid_request_error', ...extra } },
});

/** Replies as an OpenAI-compatible server gives them, for scripts. */
export const reply = {
  /** A chat completion whose message content is `content` (objects as JSON text). */
  answer: (
    content: unknown,
    usage = { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 },
  ): ScriptedReply => ({
    body: {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: 'test-model-2025-01-01',
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) },
        },
      ],
      usage,
    },
  }),
  slow: (delayMs: number, then: ScriptedReply): ScriptedReply => ({ ...then, delayMs }),
  rateLimited: (retryAfterSeconds: number): ScriptedReply => ({
    ...error(429, 'Rate limit reached for requests', { type: 'requests', code: 'rate_limit_exceeded' }),
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  serverError: (): ScriptedReply => ({
    status: 500,
    body: { error: { message: 'The server had an error', type: 'server_error' } },
  }),
  unsupportedFormat: (type: string): ScriptedReply =>
    error(400, `response_format type '${type}' is not supported by this model`, { param: 'response_format' }),
  badRequest: (message: string): ScriptedReply => error(400, message),
};

/**
 * A small server that speaks OpenAI's `/v1/chat/completions`: each request takes the next scripted
 * reply (or the responder's, when the script has run out), and is recorded with its headers and body.
 * It counts requests in flight, so a test can see the client's concurrency bound from the server side.
 */
export class ChatCompletionsServer {
  readonly requests: RecordedRequest[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private readonly script: ScriptedReply[] = [];

  private constructor(
    private readonly server: Server,
    private responder: Responder,
  ) {}

  static async start(responder: Responder = () => reply.answer({ answer: 'ok' })): Promise<ChatCompletionsServer> {
    const server = createServer();
    const chat = new ChatCompletionsServer(server, responder);
    server.on('request', (request, response) => void chat.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return chat;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replies for the next requests, in order. */
  queue(...replies: ScriptedReply[]): this {
    this.script.push(...replies);
    return this;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.maxInFlight = 0;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const recorded: RecordedRequest = {
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'],
      };
      this.requests.push(recorded);
      const scripted = this.script.shift() ?? this.responder(recorded);
      if (scripted.delayMs) await closedOrAfter(response, scripted.delayMs);
      if (response.destroyed) return;
      const body = typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body ?? {});
      response.writeHead(scripted.status ?? 200, { 'content-type': 'application/json', ...scripted.headers }).end(body);
    } finally {
      this.inFlight -= 1;
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A slow reply stops waiting when the client hangs up, so no timer outlives the test. */
const closedOrAfter = (response: ServerResponse, ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    response.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
