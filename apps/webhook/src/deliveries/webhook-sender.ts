import { Inject, Injectable } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { Dispatcher, request } from 'undici';
import { assertUrlAllowed, EgressPolicy, guardedDispatcher } from '@callsight/common/egress';
import { describeAttemptFailure } from './attempt-failure';

export interface WebhookSettings {
  retryScheduleSeconds: number[];
  timeoutMs: number;
  egressAllow: string;
  pollIntervalMs: number;
  leaseMs: number;
  deferMaxMs: number;
  secretsKey: string | null;
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
}

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

  async send(
    delivery: { id: string; url: string; payload: unknown },
    secret: string,
    now = new Date(),
  ): Promise<AttemptOutcome> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const body = JSON.stringify(delivery.payload);
    try {
      assertUrlAllowed(this.policy, new URL(delivery.url));
      const response = await request(delivery.url, {
        method: 'POST',
        body,
        dispatcher: this.dispatcher,
        headersTimeout: this.settings.timeoutMs,
        bodyTimeout: this.settings.timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Callsight-Webhooks/1.0',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': new Webhook(secret).sign(delivery.id, now, body),
        },
      });
      const excerpt = await readExcerpt(response.body).catch(() => null);
      const delivered = response.statusCode >= 200 && response.statusCode < 300;
      const error = delivered ? null : `endpoint answered ${response.statusCode}`;
      return {
        delivered,
        retryable: response.statusCode !== 410,
        status: response.statusCode,
        excerpt,
        error,
        durationMs: elapsed(),
      };
    } catch (error) {
      const failure = describeAttemptFailure(error, delivery.url, this.settings.timeoutMs);
      return {
        delivered: false,
        retryable: failure.retryable,
        status: null,
        excerpt: null,
        error: failure.reason,
        durationMs: elapsed(),
      };
    }
  }
}
