import { randomBytes } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { issueApiKey } from '@callsight/auth';
import { newId } from '@callsight/common/ids';
import { ApiClient } from '../support/api-client';
import { TEST_NATS_URL } from '../support/environment';
import { freePort } from '../support/free-port';
import { ServiceProcess } from '../support/service-processes';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';

const LEASE_MS = 1_000;

interface HeldRequest {
  headers: IncomingHttpHeaders;
  body: string;
  response: ServerResponse;
}

/** A receiver that can keep requests waiting for an answer, as a slow customer endpoint does. */
class SlowReceiver {
  readonly received: HeldRequest[] = [];
  holding = true;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<SlowReceiver> {
    const server = createServer();
    const receiver = new SlowReceiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), response });
        if (!receiver.holding) response.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Answers what waits with 200 and everything after at once. */
  release(): void {
    this.holding = false;
    for (const { response } of this.received) if (!response.writableEnded && !response.destroyed) response.end('ok');
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface DeliveryRow {
  status: string;
  attempts: number;
  deferrals: number;
}
interface AttemptRow {
  attempt: number;
  duration_ms: number | null;
  response_status: number | null;
  error: string | null;
}

/**
 * Webhook deliveries across crashes and outages, with the webhook service (and the ingestion service it asks
 * for the signing secret) as real processes on real NATS JetStream and PostgreSQL.
 */
describe('webhook deliveries that survive crashes and outages', () => {
  const namespace = `cslease-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let db: Client;
  let receiver: SlowReceiver;
  let env: NodeJS.ProcessEnv;
  let ingestion: ServiceProcess;
  let gateway: ServiceProcess;
  let secret: string;
  let workspaceId: string;
  const webhooks: ServiceProcess[] = [];
  let ingestionDown = false;

  const startIngestion = async (): Promise<void> => {
    ingestion.start();
    await ingestion.waitReady();
    ingestionDown = false;
  };

  const startWebhook = async (): Promise<ServiceProcess> => {
    const service = new ServiceProcess('webhook', await freePort(), env, namespace);
    webhooks.push(service);
    service.start();
    await service.waitReady();
    return service;
  };

  beforeAll(async () => {
    database = await createTestDatabase('delivery_lease');
    receiver = await SlowReceiver.start();
    const apiKey = issueApiKey().key;
    env = {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      CALLSIGHT_NAMESPACE: namespace,
      CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      CALLSIGHT_WEBHOOK_POLL_MS: '100',
      CALLSIGHT_WEBHOOK_LEASE_MS: String(LEASE_MS),
      CALLSIGHT_WEBHOOK_DEFER_MAX_MS: '500',
      CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: '60,60',
      LOG_LEVEL: 'info',
    };
    ingestion = new ServiceProcess('ingestion', await freePort(), env, namespace);
    gateway = new ServiceProcess('gateway', await freePort(), env, namespace);
    ingestion.start();
    gateway.start();
    await Promise.all([ingestion.waitReady(), gateway.waitReady()]);
    const api = new ApiClient(`http://127.0.0.1:${gateway.port}`, apiKey);
    workspaceId = (await api.get<{ workspace_id: string }>('/api/v1/auth/whoami')).body.workspace_id;
    const configured = await api.patch<{ secret?: string }>(`/api/v1/config/workspaces/${workspaceId}/webhooks`, {
      url: receiver.url,
    });
    if (!configured.body.secret) throw new Error(`setting the endpoint returned no secret: ${configured.text}`);
    secret = configured.body.secret;
    await startWebhook(); // runs the webhook schema's migrations before any test writes a delivery
    await webhooks.pop()!.stop();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterEach(async () => {
    await Promise.all(webhooks.splice(0).map((service) => service.stop('SIGKILL')));
    if (ingestionDown) await startIngestion();
    receiver.received.splice(0);
    receiver.holding = true;
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([gateway?.stop(), ingestion?.stop()]);
    await receiver?.close();
    await deleteStream(`${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`);
    await database?.drop();
  });

  /** A due delivery as the webhook service writes one for a failure notice (which announces nothing on its outcome). */
  const dueDelivery = async (): Promise<string> => {
    const id = newId('dlv');
    const jobId = newId('job');
    await db.query(
      `INSERT INTO webhook.deliveries (id, workspace_id, job_id, job, source_event_id, payload_type, url, payload,
                                       status, attempts, next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'job.failed', $6, $7, 'pending', 0, now(), now(), now())`,
      [id, workspaceId, jobId, { jobId, callId: newId('call'), attempt: 1 }, newId('evt'), receiver.url, { id }],
    );
    return id;
  };
  const delivery = async (id: string): Promise<DeliveryRow> =>
    (await db.query<DeliveryRow>('SELECT status, attempts, deferrals FROM webhook.deliveries WHERE id = $1', [id]))
      .rows[0];
  const attempts = async (id: string): Promise<AttemptRow[]> =>
    (
      await db.query<AttemptRow>(
        `SELECT attempt, duration_ms, response_status, error FROM webhook.delivery_attempts
          WHERE delivery_id = $1 ORDER BY attempt`,
        [id],
      )
    ).rows;
  const delivered = (id: string) =>
    waitFor(async () => (await delivery(id)).status === 'delivered', `delivery ${id} to be delivered`, 30_000);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('spends no attempt while ingestion is down and delivers on attempt 1 once it is back', async () => {
    receiver.release();
    await ingestion.stop('SIGKILL');
    ingestionDown = true;
    await startWebhook();
    const id = await dueDelivery();

    const waited = await waitFor(async () => {
      const row = await delivery(id);
      return row.attempts > 0 || row.deferrals >= 3 ? row : undefined;
    }, 'the delivery to be tried while ingestion is down');
    expect(waited).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await attempts(id)).toEqual([]);
    expect(receiver.received).toHaveLength(0);

    await startIngestion();
    await delivered(id);
    expect(await delivery(id)).toMatchObject({ attempts: 1, deferrals: 0 });
    expect(await attempts(id)).toEqual([expect.objectContaining({ attempt: 1, response_status: 200, error: null })]);
    expect(receiver.received).toHaveLength(1);
    const [{ headers, body }] = receiver.received;
    expect(headers['webhook-id']).toBe(id);
    expect(() => new Webhook(secret).verify(body, headers as Record<string, string>)).not.toThrow();
  });

  it('sends again soon after a worker is killed mid-attempt, and the attempt log says what became of it', async () => {
    const first = await startWebhook();
    const id = await dueDelivery();
    await waitFor(() => receiver.received.length === 1, 'the first attempt to reach the endpoint');
    await first.stop('SIGKILL');
    expect(await delivery(id)).toMatchObject({ status: 'pending', attempts: 1 });

    receiver.release();
    await startWebhook();
    await delivered(id);
    expect(await delivery(id)).toMatchObject({ attempts: 2 });
    expect(await attempts(id)).toEqual([
      expect.objectContaining({
        attempt: 1,
        duration_ms: null,
        response_status: null,
        error: expect.stringContaining('the webhook worker stopped during this attempt') as unknown,
      }),
      expect.objectContaining({ attempt: 2, response_status: 200, error: null }),
    ]);
    expect(receiver.received.map(({ headers }) => headers['webhook-id'])).toEqual([id, id]);
  });

  it('keeps a send that outlasts the lease to one worker while another polls', async () => {
    await Promise.all([startWebhook(), startWebhook()]);
    const id = await dueDelivery();
    await waitFor(() => receiver.received.length === 1, 'the attempt to reach the endpoint');

    await pause(3 * LEASE_MS);
    expect(receiver.received).toHaveLength(1);
    receiver.release();
    await delivered(id);
    await pause(LEASE_MS);

    expect(receiver.received).toHaveLength(1);
    expect(await delivery(id)).toMatchObject({ attempts: 1 });
    expect(await attempts(id)).toEqual([expect.objectContaining({ attempt: 1, response_status: 200 })]);
  });
});
