import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { WebhookPayload } from '../../apps/webhook/src/deliveries/webhook-payload';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
  /** The status answered: only a 2xx is a delivery in the sender's eyes. */
  status: number;
}

/** The delivered JSON, read as the payload Callsight sends (not checked here: the tests assert on it). */
export const payloadOf = (hook: ReceivedWebhook): WebhookPayload => JSON.parse(hook.body) as WebhookPayload;

/** Whether a received request's Standard Webhooks signature verifies with `secret` (the standardwebhooks package). */
export function verifiesWith(hook: ReceivedWebhook, secret: string): boolean {
  try {
    new Webhook(secret).verify(hook.body, {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    });
    return true;
  } catch {
    return false;
  }
}

/** A real HTTP endpoint on loopback that records what it is sent and answers the statuses it is told to. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private statuses: Array<{ status: number; headers: Record<string, string> }> = [];
  private failing: number | null = null;
  /** While set, requests are read but not answered until `release()`: a receiver that hangs. */
  private held: Array<() => void> | null = null;

  private constructor(
    private readonly server: Server,
    private readonly port: number,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new WebhookReceiver(server, (server.address() as AddressInfo).port);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      const answer = () => {
        const next = receiver.failing === null ? receiver.statuses.shift() : undefined;
        const status = receiver.failing ?? next?.status ?? 200;
        for (const [name, value] of Object.entries(next?.headers ?? {})) response.setHeader(name, value);
        receiver.received.push({
          path: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          receivedAt: Date.now(),
          status,
        });
        response.statusCode = status;
        response.end('ok');
      };
      request.on('end', () => {
        if (receiver.held) {
          receiver.heldCount += 1;
          receiver.held.push(() => answer());
          return;
        }
        answer();
      });
    });
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/callsight`;
  }

  /** The next responses, in order (then 200s). */
  respondWith(...statuses: number[]): void {
    this.statuses.push(...statuses.map((status) => ({ status, headers: {} })));
  }

  /** The next response, with these headers (a Retry-After, say). */
  respondOnceWith(status: number, headers: Record<string, string>): void {
    this.statuses.push({ status, headers });
  }

  /** Requests held unanswered so far (they count as received only once answered). */
  heldCount = 0;

  /** Reads requests but answers none until `release()`. */
  hold(): void {
    this.held ??= [];
  }

  /** Answers every held request, and the ones after at once. */
  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    waiting.forEach((answer) => answer());
  }

  /** Answers every request with `status` until `recover()`. */
  failWith(status: number): void {
    this.failing = status;
  }

  /** Stops listening and drops open connections, so the sender's connections are refused until `recover()`. */
  async refuse(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** Back to normal: listening on the same port, answering 200. */
  async recover(): Promise<void> {
    this.failing = null;
    if (this.server.listening) return;
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
