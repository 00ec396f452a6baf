import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { Dispatcher, request } from 'undici';
import { assertUrlAllowed, EgressPolicy, guardedDispatcher } from '@callsight/common/egress';
import { describeAttemptFailure } from './attempt-failure';
import { retryAfterMs } from './retry-schedule';

export interface WebhookSettings {
  retryScheduleSeconds: number[];
  timeoutMs: number;
  egressAllow: string;
  pollIntervalMs: number;
  leaseMs: number;
  deferMaxMs: number;
  secretsKey: string | null;
  /** Attempts in flight per replica, and at most this many of them to one endpoint. */
  concurrency: number;
  endpointConcurrency: number;
}
export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');

export interface AttemptOutcome {
  delivered: boolean;
  /** False when retrying cannot help (refused destination, 410 Gone). */
  retryable: boolean;
  status: number | null;
  excerpt: string | null;
  error: string | null;
  durationMs: number;
  /** How long a 429 or 503 asked to be left alone (its Retry-After), or null. */
  retryAfterMs: number | null;
}

/** How one attempt is signed and what it carries besides the body. */
export interface Signing {
  /** The newest first; each signs the body. */
  secrets: string[];
  /** The endpoint's custom headers and credentials. */
  headers: Record<string, string>;
  /** A vendor format's own signature headers over the exact body sent. */
  formatHeaders: (rawBody: string) => Record<string, string>;
  /** The format's time limit for the receiver, or null for the service's. */
  timeoutSeconds: number | null;
}

/** A config-section delivery: native, one secret, nothing else. */
export const plainSigning = (secret: string): Signing => ({
  secrets: [secret],
  headers: {},
  formatHeaders: () => ({}),
  timeoutSeconds: null,
});

const EXCERPT_BYTES = 1024;

async function readExcerpt(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= EXCERPT_BYTES) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
}

/** Signs (Standard Webhooks) and POSTs one delivery attempt; never follows redirects, never reaches refused addresses. */
@Injectable()
export class WebhookSender {
  private readonly policy: EgressPolicy;
  private readonly dispatcher: Dispatcher;

  constructor(@Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings) {
    this.policy = EgressPolicy.fromEnv(settings.egressAllow);
    this.dispatcher = guardedDispatcher(this.policy, { connectTimeoutMs: settings.timeoutMs });
  }

  /**
   * One attempt. Every format is signed per Standard Webhooks, with each of `signing.secrets` (after a
   * rotation the old one signs too: `v1,<new> v1,<old>`); a vendor format adds its own signature headers.
   */
  async send(
    delivery: { id: string; url: string; payload: unknown },
    signing: Signing,
    now = new Date(),
  ): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const body = JSON.stringify(delivery.payload);
    const timeoutMs = signing.timeoutSeconds ? signing.timeoutSeconds * 1000 : this.settings.timeoutMs;
    try {
      assertUrlAllowed(this.policy, new URL(delivery.url));
      const response = await request(delivery.url, {
        method: 'POST',
        body,
        dispatcher: this.dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        headers: {
          ...signing.headers,
          ...signing.formatHeaders(body),
          'content-type': 'application/json',
          'user-agent': 'Callsight-Webhooks/1.0',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signing.secrets
            .map((secret) => new Webhook(secret).sign(delivery.id, now, body))
            .join(' '),
        },
      });
      const excerpt = await readExcerpt(response.body).catch(() => null);
      const delivered = response.statusCode >= 200 && response.statusCode < 300;
      const error = delivered ? null : `endpoint answered ${response.statusCode}`;
      const asksToWait = response.statusCode === 429 || response.statusCode === 503;
      return {
        delivered,
        retryable: response.statusCode !== 410,
        status: response.statusCode,
        excerpt,
        error,
        durationMs: elapsed(),
        retryAfterMs: asksToWait ? retryAfterMs(response.headers['retry-after'], new Date()) : null,
      };
    } catch (error) {
      const failure = describeAttemptFailure(error, delivery.url, timeoutMs);
      return {
        delivered: false,
        retryable: failure.retryable,
        status: null,
        excerpt: null,
        error: failure.reason,
        durationMs: elapsed(),
        retryAfterMs: null,
      };
    }
  }
}
