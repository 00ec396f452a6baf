import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** Larger than any delivery can be: events, and so payloads, stay under 1 MB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface VerifiedDelivery {
  webhookId: string;
  payload: { type?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface ListenerOptions {
  host: string;
  port: number;
  secret: string;
  onDelivery(delivery: VerifiedDelivery): void;
  onRejected(reason: string): void;
}

/**
 * A receiver like the one a workspace runs: it accepts a delivery only when its Standard Webhooks
 * signature verifies with the workspace's secret (and its timestamp is recent), and answers 400
 * otherwise, so Callsight's retries and the job log can be watched with a real endpoint.
 */
export async function startWebhookListener(options: ListenerOptions): Promise<Server> {
  const verifier = new Webhook(options.secret);
  const server = createServer((request, response) => {
    void receive(request, response, verifier, options);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

export const listenerUrl = (server: Server): string => {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
};

async function receive(
  request: IncomingMessage,
  response: ServerResponse,
  verifier: Webhook,
  options: ListenerOptions,
): Promise<void> {
  if (request.method !== 'POST') return answer(response, 405, 'deliveries are POSTed');
  const body = await readBody(request);
  if (body === null) {
    options.onRejected(`a body over ${MAX_BODY_BYTES} bytes`);
    return answer(response, 413, 'body too large');
  }
  try {
    const payload = verifier.verify(body, request.headers as Record<string, string>) as VerifiedDelivery['payload'];
    response.once('finish', () => options.onDelivery({ webhookId: String(request.headers['webhook-id']), payload }));
    answer(response, 204);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.onRejected(`webhook-id ${String(request.headers['webhook-id'] ?? '(none)')}: ${reason}`);
    answer(response, 400, `signature not verified: ${reason}`);
  }
}

/** Resolves to null once the body grows past the limit. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(response: ServerResponse, status: number, text?: string): void {
  response.statusCode = status;
  if (text) response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end(text);
}
