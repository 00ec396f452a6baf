import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallsightClient, createCallsightClient } from '@callsight/api-client';
import { freePort } from '../support/free-port';
import { entryPoint } from '../support/service-processes';
import { StopWaiting, waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';
import { TEST_NATS_URL } from '../support/environment';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { OPENAPI_PATH } from '../openapi/documented-schema';
import { jobIdOf, ok, verifiedCompletion } from './typed-api';

const KEY_PATTERN = /cs_live_[0-9A-Za-z]{38}/;

/** Points the workspace's webhooks at `url`; resolves to the signing secret generated for it. */
async function sendWebhooksTo(api: CallsightClient, url: string): Promise<string> {
  const { workspace_id } = await ok(api.GET('/api/v1/auth/whoami'));
  const { secret } = await ok(
    api.PATCH('/api/v1/config/workspaces/{workspace_id}/webhooks', {
      params: { path: { workspace_id } },
      body: { url },
    }),
  );
  if (!secret) throw new Error('setting the first endpoint returned no signing secret');
  return secret;
}

/** Submits a transcript and waits for its job to complete; resolves to the job id. */
async function completedTranscriptJob(api: CallsightClient, transcript: string): Promise<string> {
  const { data: accepted, response } = await api.POST('/api/v1/calls/transcript', { body: { transcript } });
  expect(response.status).toBe(202);
  const jobId = accepted!.job_id;
  await waitFor(
    async () =>
      (await ok(api.GET('/api/v1/jobs/{job_id}', { params: { path: { job_id: jobId } } }))).status === 'completed',
    'the job to complete',
  );
  return jobId;
}

/**
 * What `npm start` runs: one process, embedded PostgreSQL (real binaries from the npm package), the
 * in-process bus, no DATABASE_URL and no NATS_URL. The same slice as the distributed suite.
 */
describe('the embedded default (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'callsight-standalone-'));
  let child: ChildProcess;
  let output = '';
  let api: CallsightClient;
  let baseUrl: string;
  let port: number;
  let receiver: WebhookReceiver;

  const start = async (): Promise<void> => {
    output = '';
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      CALLSIGHT_DATA_DIR: dataDir,
      CALLSIGHT_EMBEDDED_PG_PORT: String(await freePort()),
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    child = spawn(process.execPath, [entryPoint('standalone')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new StopWaiting(`standalone exited with ${child.exitCode}:\n${output}`);
        return output.includes('Try it:');
      },
      'the standalone process to print its welcome',
      90_000,
      200,
    );
  };

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };

  beforeAll(async () => {
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    receiver = await WebhookReceiver.start();
    await start();
  });

  afterAll(async () => {
    if (child) await stop();
    await receiver?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints where Swagger UI is and a first API key that works', async () => {
    expect(output).toContain(`Swagger UI:       http://localhost:${port}/docs`);
    expect(output).toContain('npm run cli -- keys create');
    const key = KEY_PATTERN.exec(output)?.[0];
    expect(key).toBeDefined();
    api = createCallsightClient(baseUrl, key);
    const whoami = await ok(api.GET('/api/v1/auth/whoami'));
    expect(whoami.workspace_name).toBe('default');
    expect((await fetch(`${baseUrl}/docs`)).status).toBe(200);
  });

  it('serves at /docs-json the document the client was generated from', async () => {
    const served: unknown = await (await fetch(`${baseUrl}/docs-json`)).json();
    expect(served).toEqual(JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')));
  });

  it('runs the slice: transcript in, signed webhook out, job completed, stats counted', async () => {
    const secret = await sendWebhooksTo(api, receiver.url);
    const jobId = await completedTranscriptJob(api, 'Rep: Thanks for joining.\nCustomer: Glad to.');
    const delivery = receiver.received.find((hook) => jobIdOf(hook) === jobId);
    expect(verifiedCompletion(delivery, secret).data).toMatchObject({ job_id: jobId, status: 'completed' });
    expect((await ok(api.GET('/api/v1/stats'))).jobs).toMatchObject({ total: 1, completed: 1 });
  });

  it('keeps its data across a restart and does not print a new key', async () => {
    await stop();
    // An orderly shutdown: every module closed, PostgreSQL stopped, the runtime file the CLI reads removed.
    expect(child.exitCode).toBe(0);
    expect(existsSync(join(dataDir, 'runtime.json'))).toBe(false);
    await start();
    expect(output).not.toMatch(KEY_PATTERN);
    expect((await ok(api.GET('/api/v1/stats'))).jobs).toMatchObject({ total: 1, completed: 1 });
  });
});

/** The same entry with DATABASE_URL and NATS_URL set: one process, but the machine's PostgreSQL and NATS JetStream. */
describe('the standalone entry on external PostgreSQL and NATS', () => {
  const namespace = `csstandalone-${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'callsight-standalone-nats-'));
  let child: ChildProcess;
  let output = '';
  let database: TestDatabase;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    database = await createTestDatabase('standalone_nats');
    receiver = await WebhookReceiver.start();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(await freePort()),
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      CALLSIGHT_DATA_DIR: dataDir,
      CALLSIGHT_NAMESPACE: namespace,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    child = spawn(process.execPath, [entryPoint('standalone')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new StopWaiting(`standalone exited with ${child.exitCode}:\n${output}`);
        return output.includes('Try it:');
      },
      'the standalone process to start',
      90_000,
      200,
    );
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await receiver?.close();
    await deleteStream(`${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says which database and bus it uses, and runs the slice over JetStream', async () => {
    expect(output).toContain('Database: DATABASE_URL; bus: NATS JetStream');
    const key = KEY_PATTERN.exec(output)?.[0];
    const port = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    expect({ key: typeof key, port: typeof port }).toEqual({ key: 'string', port: 'string' });
    const api = createCallsightClient(`http://127.0.0.1:${port}`, key);
    const secret = await sendWebhooksTo(api, receiver.url);
    const jobId = await completedTranscriptJob(api, 'Rep: Hello.\nCustomer: Hi there.');
    const delivery = receiver.received.find((hook) => jobIdOf(hook) === jobId);
    expect(verifiedCompletion(delivery, secret).data).toMatchObject({ job_id: jobId, status: 'completed' });
  });

  it('shuts down on SIGTERM in order: exit code 0 and its runtime file removed', async () => {
    expect(existsSync(join(dataDir, 'runtime.json'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, 'runtime.json'))).toBe(false);
  });
});
