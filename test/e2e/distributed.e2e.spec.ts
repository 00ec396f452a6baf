import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { issueApiKey } from '@callsight/auth';
import { CallsightClient, createCallsightClient } from '@callsight/api-client';
import { TEST_NATS_URL } from '../support/environment';
import { Cluster, entryPoint, ServiceProcess, startCluster } from '../support/service-processes';
import { freePort } from '../support/free-port';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';
import { problemsAgainst } from '../openapi/documented-schema';
import { jobIdOf, ok, verifiedCompletion } from './typed-api';

const TRANSCRIPT =
  'Agent: Hi, this is Sarah from Acme.\nUser: Hey, yes I was expecting your call.\nAgent: Great, shall we book a time?';

/** The thin slice across six real processes, over real NATS JetStream and PostgreSQL. */
describe('six services as separate processes', () => {
  const namespace = `cse2e-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let cluster: Cluster;
  let receiver: WebhookReceiver;
  let api: CallsightClient;
  let secret: string;

  beforeAll(async () => {
    database = await createTestDatabase('e2e');
    receiver = await WebhookReceiver.start();
    const apiKey = issueApiKey().key;
    cluster = await startCluster(
      {
        PATH: process.env.PATH,
        DATABASE_URL: database.url,
        NATS_URL: TEST_NATS_URL,
        CALLSIGHT_NAMESPACE: namespace,
        CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
        CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
        CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: '0.5,0.5,0.5',
        CALLSIGHT_WEBHOOK_POLL_MS: '200',
        LOG_LEVEL: 'info',
      },
      namespace,
    );
    api = createCallsightClient(cluster.gatewayUrl, apiKey);
    const { workspace_id } = await ok(api.GET('/api/v1/auth/whoami'));
    const webhooks = await ok(
      api.PATCH('/api/v1/config/workspaces/{workspace_id}/webhooks', {
        params: { path: { workspace_id } },
        body: { url: receiver.url },
      }),
    );
    if (!webhooks.secret) throw new Error('setting the first endpoint returned no signing secret');
    secret = webhooks.secret;
  });

  afterAll(async () => {
    await cluster?.stop();
    await receiver?.close();
    await deleteStream(`${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`);
    await database?.drop();
  });

  const jobOf = (jobId: string) => ok(api.GET('/api/v1/jobs/{job_id}', { params: { path: { job_id: jobId } } }));

  const completed = (jobId: string, timeoutMs = 30_000) =>
    waitFor(
      async () => {
        const job = await jobOf(jobId);
        return job.status === 'completed' ? job : undefined;
      },
      `job ${jobId} to complete`,
      timeoutMs,
    );

  const submitTranscript = (body: { transcript: string; source_call_id?: string; duration_seconds?: number }) =>
    api.POST('/api/v1/calls/transcript', { body });

  const completedJobCount = async () => (await ok(api.GET('/api/v1/stats'))).jobs.completed;

  const deliveriesOf = (jobId: string) => receiver.received.filter((hook) => jobIdOf(hook) === jobId);

  it('keeps each service in its own schema', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ schema_name: string }>(
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name NOT LIKE 'pg_%' AND schema_name NOT IN ('information_schema', 'public') ORDER BY 1",
    );
    await client.end();
    expect(rows.map((row) => row.schema_name)).toEqual([
      'gateway',
      'ingestion',
      'scoring',
      'stats',
      'transcription',
      'webhook',
    ]);
  });

  it('reports every service healthy over NATS', async () => {
    const health = await ok(api.GET('/api/v1/health'));
    expect(health.status).toBe('ok');
    expect(Object.keys(health.services).sort()).toEqual(['ingestion', 'scoring', 'stats', 'transcription', 'webhook']);
    expect(Object.values(health.services).every((service) => service.status === 'ok')).toBe(true);
  });

  it('takes a transcript to a signed webhook, a completed job with stage times, and a count in the stats', async () => {
    const statsBefore = await completedJobCount();
    const { data: accepted, response } = await submitTranscript({
      transcript: TRANSCRIPT,
      source_call_id: 'e2e-1',
      duration_seconds: 42,
    });
    expect(response.status).toBe(202);
    expect(accepted?.status).toBe('queued');
    const jobId = accepted!.job_id;

    const job = await completed(jobId);
    const { queued_at, transcribing_at, analyzing_at, delivering_at, completed_at } = job.stages;
    for (const stamp of [queued_at, transcribing_at, analyzing_at, delivering_at, completed_at])
      expect(stamp).toEqual(expect.any(String));

    const payload = verifiedCompletion(deliveriesOf(jobId)[0], secret);
    expect(payload).toMatchObject({
      type: 'job.completed',
      data: { job_id: jobId, source_call_id: 'e2e-1', duration_seconds: 42, status: 'completed' },
    });
    expect(payload.data.results.find((result) => result.algorithm_id === 'talk_ratio')).toMatchObject({
      algorithm_id: 'talk_ratio',
      output: { dominant_speaker: 'Agent', total_turns: 3 },
    });

    await waitFor(async () => (await completedJobCount()) === statsBefore + 1, 'the stats to count the job');
  });

  it('answers as openapi.json says, field for field, about a completed job, the workspace and the system', async () => {
    const { job_id } = await ok(submitTranscript({ transcript: TRANSCRIPT, source_call_id: 'e2e-documented' }));
    await completed(job_id);
    const path = { job_id };
    const { workspace_id } = await ok(api.GET('/api/v1/auth/whoami'));
    const answers: [string, unknown][] = [
      ['JobView', await jobOf(job_id)],
      ['JobPage', await ok(api.GET('/api/v1/jobs', { params: { query: { source_call_id: 'e2e-documented' } } }))],
      ['JobLogs', await ok(api.GET('/api/v1/jobs/{job_id}/logs', { params: { path } }))],
      ['AlgorithmRuns', await ok(api.GET('/api/v1/jobs/{job_id}/runs', { params: { path } }))],
      ['TranscriptView', await ok(api.GET('/api/v1/jobs/{job_id}/transcript', { params: { path } }))],
      ['StatsSummary', await ok(api.GET('/api/v1/stats'))],
      ['StatsByOrganization', await ok(api.GET('/api/v1/stats/by-organization'))],
      ['HealthReport', await ok(api.GET('/api/v1/health'))],
      ['WhoAmI', await ok(api.GET('/api/v1/auth/whoami'))],
      [
        'WorkspaceConfigView',
        await ok(api.GET('/api/v1/config/workspaces/{workspace_id}', { params: { path: { workspace_id } } })),
      ],
    ];
    for (const [schema, answer] of answers)
      expect({ schema, problems: problemsAgainst(schema, answer) }).toEqual({ schema, problems: [] });
  });

  it('loses nothing when a service crashes: a call accepted while transcription is down completes once it is back', async () => {
    await cluster.services.transcription.stop('SIGKILL');
    const { job_id } = await ok(submitTranscript({ transcript: TRANSCRIPT }));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await jobOf(job_id)).status).toBe('queued');
    cluster.services.transcription.start();
    await cluster.services.transcription.waitReady();
    await completed(job_id);
    expect(deliveriesOf(job_id)).toHaveLength(1);
  });

  it('delivers once when the webhook service is killed and restarted mid-flight', async () => {
    await cluster.services.webhook.stop('SIGKILL');
    const { job_id } = await ok(submitTranscript({ transcript: TRANSCRIPT }));
    await waitFor(async () => (await jobOf(job_id)).status === 'delivering', 'the job to wait for delivery');
    cluster.services.webhook.start();
    await cluster.services.webhook.waitReady();
    await completed(job_id);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(deliveriesOf(job_id)).toHaveLength(1);
  });

  it('holds one rate limit per key across two gateway replicas', async () => {
    const env = {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      CALLSIGHT_NAMESPACE: namespace,
      LOG_LEVEL: 'info',
    };
    const second = new ServiceProcess('gateway', await freePort(), env, `${namespace}-second`);
    second.start();
    try {
      await second.waitReady();
      execFileSync(process.execPath, [entryPoint('cli'), 'workspaces', 'rate-limit', 'default', '6'], { env });
      const created = execFileSync(
        process.execPath,
        [entryPoint('cli'), 'keys', 'create', '--workspace', 'default', '--name', 'replicas'],
        { env },
      );
      const fresh = (JSON.parse(created.toString()) as { key: string }).key;
      const replicas = [
        createCallsightClient(cluster.gatewayUrl, fresh),
        createCallsightClient(`http://127.0.0.1:${second.port}`, fresh),
      ];
      // The pooled connection to the first gateway sat idle through the restarts above, and the server may be
      // closing it just as it is reused ("other side closed"): an uncounted request takes that chance first.
      await Promise.all(
        [cluster.gatewayUrl, `http://127.0.0.1:${second.port}`].map((url) =>
          fetch(`${url}/health`).then(
            (response) => response.arrayBuffer(),
            () => undefined,
          ),
        ),
      );
      // GCRA admits a burst of the limit and then one request every 10 s: the eight come well inside that.
      const statuses: number[] = [];
      for (let n = 0; n < 8; n += 1) statuses.push((await replicas[n % 2].GET('/api/v1/auth/whoami')).response.status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    } finally {
      execFileSync(process.execPath, [entryPoint('cli'), 'workspaces', 'rate-limit', 'default', 'default'], { env });
      await second.stop();
    }
  });

  it('answers 503 problem+json, not a hang or a 500, while ingestion is down, and recovers', async () => {
    await cluster.services.ingestion.stop('SIGKILL');
    const refused = await submitTranscript({ transcript: TRANSCRIPT });
    expect(refused.response.status).toBe(503);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.error?.code).toBe('service_unavailable');
    cluster.services.ingestion.start();
    await cluster.services.ingestion.waitReady();
    const { data: accepted, response } = await submitTranscript({ transcript: TRANSCRIPT });
    expect(response.status).toBe(202);
    await completed(accepted!.job_id);
  });

  it('rebuilds the stats from history on `cli stats rebuild`, through NATS, to the same numbers', async () => {
    const { workspace_id } = await ok(api.GET('/api/v1/auth/whoami'));
    const settledStats = () =>
      waitFor(async () => {
        const stats = await ok(api.GET('/api/v1/stats'));
        return stats.jobs.in_progress === 0 ? stats : undefined;
      }, 'every job to be counted');
    const before = await settledStats();
    const output = execFileSync(
      process.execPath,
      [entryPoint('cli'), 'stats', 'rebuild', '--workspace', workspace_id],
      {
        env: { PATH: process.env.PATH, NATS_URL: TEST_NATS_URL, CALLSIGHT_NAMESPACE: namespace },
      },
    ).toString();
    expect(JSON.parse(output)).toMatchObject({ workspaces: 1, jobs: before.jobs.total });
    expect(await ok(api.GET('/api/v1/stats'))).toEqual(before);
  });
});
