import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { issueApiKey } from '@callsight/auth';
import type { ProblemDetails } from '@callsight/common';
import { StorageEnv } from '@callsight/common/storage';
import { loadEnv } from '@callsight/common/config';
import { NAMESPACE, type JobView, type SubmissionAccepted } from '@callsight/contracts';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../../apps/gateway/src/gateway.app';
import { GatewayEnv, gatewaySettingsFrom } from '../../apps/gateway/src/gateway.env';
import { ApiClient } from '../support/api-client';
import { TEST_NATS_URL } from '../support/environment';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';
import { payloadOf, ReceivedWebhook, WebhookReceiver } from '../support/webhook-receiver';

const TRANSCRIPT = 'Agent: Thanks for calling, how can I help?\nCustomer: I would like to book a cleaning.';
const HEADER = 'X-Callsight-Auth';

/** A value unlike anything else in a row or event, with the characters a careless encoder gets wrong. */
const secretValue = (): string => `Bearer s3cr3t-${randomBytes(12).toString('hex')} ;"q=1"/+=`;

type FieldErrors = Array<{ field: string; message: string }>;
type Problem = ProblemDetails & { errors?: FieldErrors };
/** What a submission answers: accepted, or a problem. */
type Answer = Partial<SubmissionAccepted> & Partial<Omit<Problem, 'status'>> & { job_id: string; call_id: string };

function wav(): Blob {
  const header = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
  return new Blob([Buffer.concat([header, randomBytes(4096)])], { type: 'audio/wav' });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append('file', wav(), 'call.wav');
  return data;
}

/** A submission's own auth header (AssemblyAI's webhook_auth_header_name / _value), end to end. */
describe('a submission with its own webhook auth header', () => {
  let running: RunningStack;
  let own: WebhookReceiver;
  let endpoint: WebhookReceiver;
  let section: WebhookReceiver;
  let db: Client;

  beforeAll(async () => {
    running = await startInProcessStack('per-request-auth');
    [own, endpoint, section] = await Promise.all([
      WebhookReceiver.start(),
      WebhookReceiver.start(),
      WebhookReceiver.start(),
    ]);
    await running.api.patch(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, { url: section.url });
    const created = await running.api.post('/api/v1/webhooks/endpoints', { url: endpoint.url });
    expect(created.status).toBe(201);
    db = new Client({ connectionString: running.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([own?.close(), endpoint?.close(), section?.close()]);
    await running?.stop();
  });

  const submit = (extra: Record<string, unknown>, headers: Record<string, string> = {}) =>
    running.api.post<Answer>('/api/v1/calls/transcript', { transcript: TRANSCRIPT, ...extra }, headers);
  const withAuth = (value: string, extra: Record<string, unknown> = {}) => ({
    webhook_url: own.url,
    webhook_auth_header_name: HEADER,
    webhook_auth_header_value: value,
    ...extra,
  });
  const jobOf = async (jobId: string) => (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
  const settled = (jobId: string, attempt = 1) =>
    waitFor(async () => {
      const job = await jobOf(jobId);
      return job.status === 'completed' && job.attempt === attempt ? job : undefined;
    }, `job ${jobId} to complete (attempt ${attempt})`);
  const hooksOf = (receiver: WebhookReceiver, jobId: string): ReceivedWebhook[] =>
    receiver.received.filter((hook) => payloadOf(hook).data.job_id === jobId);
  /** Every text column of every row in the schema's tables, as one string per row. */
  const rowsOf = async (table: string): Promise<string[]> =>
    (await db.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`)).rows.map(({ row }) => row);

  it('sends the exact value to the call’s webhook_url only, keeps it sealed, and shows only the name', async () => {
    const value = secretValue();
    const accepted = await submit(withAuth(value));
    expect(accepted.status).toBe(202);
    const { job_id, call_id } = accepted.body;
    const job = await settled(job_id);

    const [hook] = hooksOf(own, job_id);
    expect(hook.headers[HEADER.toLowerCase()]).toBe(value);
    const toEndpoint = hooksOf(endpoint, job_id);
    expect(toEndpoint).toHaveLength(1);
    expect(toEndpoint[0].headers[HEADER.toLowerCase()]).toBeUndefined();
    expect(JSON.stringify(toEndpoint[0].headers)).not.toContain(value);
    expect(hooksOf(section, job_id)).toEqual([]);

    expect(job).toMatchObject({ webhook_url: own.url, webhook_auth: true, webhook_auth_header_name: HEADER });
    const viewed = await running.api.get(`/api/v1/jobs/${job_id}`);
    expect(viewed.text).not.toContain(value);
    expect(viewed.text).not.toContain('sealed');

    const [call] = (
      await db.query<{ webhook_auth_header_name: string; webhook_auth_sealed: string }>(
        'SELECT webhook_auth_header_name, webhook_auth_sealed FROM ingestion.calls WHERE id = $1',
        [call_id],
      )
    ).rows;
    expect(call.webhook_auth_header_name).toBe(HEADER);
    expect(call.webhook_auth_sealed).toMatch(/^v1:/);
    expect(call.webhook_auth_sealed).not.toContain(value);

    const [created] = (
      await db.query<{ envelope: { data: { job: { webhookAuth: { name: string; sealed: string } } } } }>(
        "SELECT envelope FROM ingestion.outbox WHERE type = 'job.created' AND envelope->'data'->'job'->>'jobId' = $1",
        [job_id],
      )
    ).rows;
    expect(created.envelope.data.job.webhookAuth).toEqual({ name: HEADER, sealed: call.webhook_auth_sealed });
    const base64 = Buffer.from(value).toString('base64');
    for (const table of ['ingestion.calls', 'ingestion.outbox', 'ingestion.job_events', 'webhook.deliveries'])
      for (const row of await rowsOf(table)) {
        expect(row).not.toContain(value);
        expect(row).not.toContain(base64);
      }
  });

  it('sends it again when the job is requeued', async () => {
    const value = secretValue();
    const { job_id } = (await submit(withAuth(value))).body;
    await settled(job_id);
    const retried = await running.api.post(`/api/v1/jobs/${job_id}/retry`, { mode: 'requeue' });
    expect(retried.status).toBe(202);
    await settled(job_id, 2);
    await waitFor(() => hooksOf(own, job_id).length === 2, 'the requeued attempt to be delivered');
    expect(hooksOf(own, job_id).map((hook) => hook.headers[HEADER.toLowerCase()])).toEqual([value, value]);
    expect(hooksOf(endpoint, job_id).every((hook) => hook.headers[HEADER.toLowerCase()] === undefined)).toBe(true);
  });

  it('answers a retried Idempotency-Key request with the first job, and a different value with 422', async () => {
    const value = secretValue();
    const key = { 'Idempotency-Key': `auth-${randomBytes(6).toString('hex')}` };
    const first = await submit(withAuth(value), key);
    const again = await submit(withAuth(value), key);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body.job_id).toBe(first.body.job_id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await submit(withAuth(`${value}-changed`), key);
    expect(changed.status).toBe(422);
    const [stored] = (
      await db.query<{ request_hash: string }>('SELECT request_hash FROM ingestion.idempotency_keys WHERE key = $1', [
        key['Idempotency-Key'],
      ])
    ).rows;
    // The hash covers a keyed fingerprint of the value, not the value: no plain hash to test guesses against.
    expect(stored.request_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the pair on the audio URL and upload routes too', async () => {
    const value = secretValue();
    const audio = await running.api.post<SubmissionAccepted>(
      '/api/v1/calls/audio',
      withAuth(value, { audio_url: 'http://127.0.0.1:9/call.mp3' }),
    );
    expect(audio.status).toBe(202);
    const upload = await running.api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', {
      form: form({ webhook_url: own.url, webhook_auth_header_name: HEADER, webhook_auth_header_value: value }),
    });
    expect(upload.status).toBe(202);
    for (const { job_id } of [audio.body, upload.body])
      expect(await jobOf(job_id)).toMatchObject({ webhook_auth: true, webhook_auth_header_name: HEADER });
    for (const row of await rowsOf('ingestion.calls')) expect(row).not.toContain(value);
  });

  it('allows Authorization, which is what the pair is for', async () => {
    const accepted = await submit({
      webhook_url: own.url,
      webhook_auth_header_name: 'Authorization',
      webhook_auth_header_value: 'Bearer abc',
    });
    expect(accepted.status).toBe(202);
    await settled(accepted.body.job_id);
    expect(hooksOf(own, accepted.body.job_id)[0].headers.authorization).toBe('Bearer abc');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a name without a value', { webhook_url: 'URL', webhook_auth_header_name: HEADER }, 'webhook_auth_header_value'],
    ['a value without a name', { webhook_url: 'URL', webhook_auth_header_value: 'v' }, 'webhook_auth_header_name'],
    [
      'a name that is not a header name',
      { webhook_url: 'URL', webhook_auth_header_name: 'X Auth', webhook_auth_header_value: 'v' },
      'webhook_auth_header_name',
    ],
    [
      'a header Callsight sets itself',
      { webhook_url: 'URL', webhook_auth_header_name: 'Content-Type', webhook_auth_header_value: 'v' },
      'webhook_auth_header_name',
    ],
    [
      'a signature header',
      { webhook_url: 'URL', webhook_auth_header_name: 'Webhook-Signature', webhook_auth_header_value: 'v' },
      'webhook_auth_header_name',
    ],
    [
      'a value with a line break',
      { webhook_url: 'URL', webhook_auth_header_name: HEADER, webhook_auth_header_value: 'a\r\nX-Evil: 1' },
      'webhook_auth_header_value',
    ],
    [
      'a value with a control character',
      { webhook_url: 'URL', webhook_auth_header_name: HEADER, webhook_auth_header_value: 'a\u0007b' },
      'webhook_auth_header_value',
    ],
    [
      'a value too long',
      { webhook_url: 'URL', webhook_auth_header_name: HEADER, webhook_auth_header_value: 'v'.repeat(1001) },
      'webhook_auth_header_value',
    ],
    [
      'an empty value',
      { webhook_url: 'URL', webhook_auth_header_name: HEADER, webhook_auth_header_value: '' },
      'webhook_auth_header_value',
    ],
    [
      'a pair without webhook_url',
      { webhook_auth_header_name: HEADER, webhook_auth_header_value: 'v' },
      'webhook_auth_header_name',
    ],
  ])('refuses %s with a field error (400)', async (_label, fields, field) => {
    const body = Object.fromEntries(Object.entries(fields).map(([name, v]) => [name, v === 'URL' ? own.url : v]));
    const routes = [
      () => submit(body),
      () => running.api.post<Problem>('/api/v1/calls/audio', { ...body, audio_url: 'http://127.0.0.1:9/a.mp3' }),
      () =>
        running.api.request<Problem>('POST', '/api/v1/calls/audio-file', {
          form: form(Object.fromEntries(Object.entries(body).map(([name, v]) => [name, String(v)]))),
        }),
    ];
    for (const route of routes) {
      const refused = await route();
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(refused.body.code).toBe('validation_failed');
      expect(refused.body.errors).toEqual([expect.objectContaining({ field })]);
      if (typeof fields.webhook_auth_header_value === 'string' && fields.webhook_auth_header_value.length > 1)
        expect(refused.text).not.toContain(fields.webhook_auth_header_value);
    }
  });

  it('refuses a value with NUL: a JSON body before mapping, a form field by its rule', async () => {
    const fields = { webhook_url: own.url, webhook_auth_header_name: HEADER, webhook_auth_header_value: 'a\u0000b' };
    const json = await submit(fields);
    expect(json.status).toBe(400);
    expect(json.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const upload = await running.api.request<Problem>('POST', '/api/v1/calls/audio-file', { form: form(fields) });
    expect(upload.status).toBe(400);
    expect(upload.body.errors).toEqual([expect.objectContaining({ field: 'webhook_auth_header_value' })]);
  });
});

/** A gateway without CALLSIGHT_SECRETS_KEY cannot seal the value, so it must not take it. */
describe('a gateway without CALLSIGHT_SECRETS_KEY', () => {
  let database: TestDatabase;
  let gateway: INestApplication;
  let api: ApiClient;

  beforeAll(async () => {
    database = await createTestDatabase('per-request-auth-nokey');
    const apiKey = issueApiKey().key;
    const env = { DATABASE_URL: database.url, CALLSIGHT_BOOTSTRAP_API_KEY: apiKey, CALLSIGHT_SECRETS_KEY: '' };
    gateway = await startGateway(
      {
        service: 'gateway',
        databaseUrl: database.url,
        bus: { kind: 'nats', url: TEST_NATS_URL },
        httpPort: 0,
        logLevel: 'silent',
        ownsProcess: false,
      },
      gatewaySettingsFrom(loadEnv(GatewayEnv, env), loadEnv(StorageEnv, env)),
    );
    const { port } = (gateway.getHttpServer() as Server).address() as AddressInfo;
    api = new ApiClient(`http://127.0.0.1:${port}`, apiKey);
  });

  afterAll(async () => {
    await gateway?.close();
    await deleteStream(`${NAMESPACE.toUpperCase().replace(/-/g, '_')}_EVENTS`);
    await database?.drop();
  });

  it('refuses a submission with the pair (409), saying what to set', async () => {
    const refused = await api.post<Problem>('/api/v1/calls/transcript', {
      transcript: TRANSCRIPT,
      webhook_url: 'https://hooks.example.com/own',
      webhook_auth_header_name: HEADER,
      webhook_auth_header_value: 'never-sent',
    });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('conflict');
    expect(refused.body.detail).toContain('CALLSIGHT_SECRETS_KEY');
    expect(refused.text).not.toContain('never-sent');
  });
});
