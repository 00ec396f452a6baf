import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { loadEnv } from '@callsight/common/config';
import { newId } from '@callsight/common/ids';
import { SecretBox } from '@callsight/common/secrets';
import { NAMESPACE, type WebhookEndpointCreated, type WebhookEndpointView } from '@callsight/contracts';
import { startService } from '@callsight/messaging';
import { recordingUrlSettingsFrom } from '@callsight/common/recordings';
import { WebhookEnv, webhookSettingsFrom } from '../../apps/webhook/src/webhook.env';
import { WebhookModule } from '../../apps/webhook/src/webhook.module';
import { TEST_NATS_URL } from '../support/environment';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

const ENDPOINTS = '/api/v1/webhooks/endpoints';
const RATE = 5;
/**
 * Callsight starts at most RATE deliveries in any second (GCRA, no burst); as the receiver sees them,
 * network and scheduling jitter can move one arrival into the next second's window.
 */
const JITTER = 1;

interface Problem {
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

/** The most arrivals in any one-second window starting at an arrival. */
const busiestSecond = (times: readonly number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.max(0, ...sorted.map((start) => sorted.filter((time) => time >= start && time < start + 1000).length));
};

describe('per-endpoint rate limits', () => {
  const secretsKey = SecretBox.generateKeyText();
  let running: RunningStack;
  let db: Client;
  let secondWorker: INestApplication | null = null;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    running = await startInProcessStack('endpoint-rate-limit', { CALLSIGHT_SECRETS_KEY: secretsKey });
    db = new Client({ connectionString: running.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await secondWorker?.close();
    await Promise.all(receivers.map((receiver) => receiver.close()));
    await db?.end();
    await running?.stop();
    await deleteStream(`${NAMESPACE.toUpperCase().replace(/-/g, '_')}_EVENTS`);
  });

  const create = (body: Record<string, unknown>) => running.api.post<WebhookEndpointCreated & Problem>(ENDPOINTS, body);
  const receiverWithEndpoint = async (rateLimit: number | null) => {
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    const created = await create({ url: receiver.url, rate_limit: rateLimit });
    expect(created.status).toBe(201);
    return { receiver, endpointId: created.body.id };
  };

  /** `count` deliveries to the endpoint, all due now, written as the webhook service writes failure notices. */
  const dueDeliveries = async (endpointId: string, url: string, count: number): Promise<string[]> => {
    const ids = Array.from({ length: count }, () => newId('dlv'));
    for (const id of ids) {
      const jobId = newId('job');
      await db.query(
        `INSERT INTO webhook.deliveries (id, workspace_id, job_id, job, source_event_id, endpoint_id, payload_type, url,
                                         payload, status, attempts, next_attempt_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'job.failed', $7, $8, 'pending', 0, now(), now(), now())`,
        [
          id,
          running.workspaceId,
          jobId,
          { jobId, callId: newId('call'), attempt: 1 },
          newId('evt'),
          endpointId,
          url,
          { id },
        ],
      );
    }
    return ids;
  };
  const attemptsOf = async (ids: string[]) =>
    (
      await db.query<{ status: string; attempts: number; deferrals: number }>(
        'SELECT status, attempts, deferrals FROM webhook.deliveries WHERE id = ANY($1)',
        [ids],
      )
    ).rows;

  it('takes rate_limit on create and update, shows it, and refuses what is not 1 to 1000 a second', async () => {
    const created = await create({ url: 'https://hooks.example.com/limited', rate_limit: 20 });
    expect(created.status).toBe(201);
    expect(created.body.rate_limit).toBe(20);
    const path = `${ENDPOINTS}/${created.body.id}`;
    expect((await running.api.get<WebhookEndpointView>(path)).body.rate_limit).toBe(20);
    expect((await running.api.patch<WebhookEndpointView>(path, { description: 'kept' })).body.rate_limit).toBe(20);
    expect((await running.api.patch<WebhookEndpointView>(path, { rate_limit: 1000 })).body.rate_limit).toBe(1000);
    expect((await running.api.patch<WebhookEndpointView>(path, { rate_limit: null })).body.rate_limit).toBeNull();
    expect((await create({ url: 'https://hooks.example.com/free' })).body.rate_limit).toBeNull();

    for (const rateLimit of [0, -1, 1001, 2.5, '5', true]) {
      for (const refused of [
        await create({ url: 'https://hooks.example.com/bad', rate_limit: rateLimit }),
        await running.api.patch<Problem>(path, { rate_limit: rateLimit }),
      ]) {
        expect(refused.status).toBe(400);
        expect(refused.body.code).toBe('validation_failed');
        expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'rate_limit' })]);
      }
    }
    expect((await running.api.get<WebhookEndpointView>(path)).body.rate_limit).toBeNull();
  });

  it('keeps a limited endpoint to its rate while an unlimited one beside it is not held back', async () => {
    const count = 4 * RATE;
    const limited = await receiverWithEndpoint(RATE);
    const free = await receiverWithEndpoint(null);
    const [limitedIds, freeIds] = [
      await dueDeliveries(limited.endpointId, limited.receiver.url, count),
      await dueDeliveries(free.endpointId, free.receiver.url, count),
    ];

    await waitFor(() => limited.receiver.received.length === count, 'every limited delivery to arrive', 60_000);
    const limitedTimes = limited.receiver.received.map((hook) => hook.receivedAt);
    const freeTimes = free.receiver.received.map((hook) => hook.receivedAt);
    expect(busiestSecond(limitedTimes)).toBeLessThanOrEqual(RATE + JITTER);
    // count deliveries at RATE a second, no burst: the last starts (count - 1) / RATE seconds after the first.
    expect(Math.max(...limitedTimes) - Math.min(...limitedTimes)).toBeGreaterThan(((count - 1) / RATE - 0.5) * 1000);
    expect(freeTimes).toHaveLength(count);
    // The unlimited endpoint had everything before the limited one was even halfway.
    const halfway = [...limitedTimes].sort((a, b) => a - b)[count / 2];
    expect(Math.max(...freeTimes)).toBeLessThan(halfway);

    // Waiting for a slot spent no attempt and counted no deferral.
    await waitFor(
      async () => (await attemptsOf([...limitedIds, ...freeIds])).every((row) => row.status === 'delivered'),
      'every delivery to be recorded as delivered',
    );
    for (const row of await attemptsOf([...limitedIds, ...freeIds]))
      expect(row).toEqual({ status: 'delivered', attempts: 1, deferrals: 0 });
  });

  it('keeps the limit across two webhook workers on one database', async () => {
    const env = {
      ...process.env,
      DATABASE_URL: running.database.url,
      CALLSIGHT_SECRETS_KEY: secretsKey,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      CALLSIGHT_WEBHOOK_POLL_MS: '100',
    };
    // A second webhook service on the same database; its bus is NATS, as a replica's is, and idle here.
    const runtime = {
      service: 'webhook' as const,
      databaseUrl: running.database.url,
      bus: { kind: 'nats' as const, url: TEST_NATS_URL },
      httpPort: null,
      logLevel: 'silent',
      ownsProcess: false,
    };
    const webhookEnv = loadEnv(WebhookEnv, env);
    secondWorker = await startService(
      WebhookModule.forRoot(runtime, webhookSettingsFrom(webhookEnv), recordingUrlSettingsFrom(webhookEnv)),
      runtime,
    );

    const count = 5 * RATE;
    const limited = await receiverWithEndpoint(RATE);
    const ids = await dueDeliveries(limited.endpointId, limited.receiver.url, count);
    await waitFor(() => limited.receiver.received.length === count, 'every delivery to arrive', 60_000);
    const times = limited.receiver.received.map((hook) => hook.receivedAt);
    expect(busiestSecond(times)).toBeLessThanOrEqual(RATE + JITTER);
    expect(new Set(limited.receiver.received.map((hook) => hook.headers['webhook-id'])).size).toBe(count);
    await waitFor(
      async () => (await attemptsOf(ids)).every((row) => row.status === 'delivered'),
      'every delivery to be recorded as delivered',
    );
    for (const row of await attemptsOf(ids)) expect(row).toEqual({ status: 'delivered', attempts: 1, deferrals: 0 });
  });
});
