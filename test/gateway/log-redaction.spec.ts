import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiKey } from '@callsight/auth';
import type { WhoAmI } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { freePort } from '../support/free-port';
import { WebhookReceiver } from '../support/webhook-receiver';
import { entryPoint } from '../support/service-processes';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { StopWaiting, waitFor } from '../support/wait-for';

/**
 * Every way a hostile or careless client can put an API key into a request, sent to the built
 * `npm start` process with request logging on: the key must appear on none of its output lines.
 */

const KENDO = '/api/integrations/push-api/ingest';
const BODY = '{ "transcript": "Rep: Thanks for joining.", "callTitle": "Demo Call", "duration": 18 }';

interface Trick {
  label: string;
  path: string;
  headers?: Record<string, string>;
  /** Checked where the trick is known to authenticate, so the test proves a real key went through. */
  status?: number;
}

const tricks = (key: string): Trick[] => [
  { label: 'apiKey query parameter', path: `${KENDO}?apiKey=${key}`, status: 201 },
  { label: 'percent-encoded parameter name', path: `${KENDO}?%61piKey=${key}`, status: 201 },
  { label: 'percent-encoded letter inside the name', path: `${KENDO}?api%4Bey=${key}`, status: 201 },
  { label: 'array parameter', path: `${KENDO}?apiKey[]=${key}` },
  { label: 'upper-case name', path: `${KENDO}?APIKEY=${key}` },
  { label: 'token parameter', path: `${KENDO}?access_token=${key}` },
  { label: 'Proxy-Authorization', path: KENDO, headers: { 'Proxy-Authorization': `Bearer ${key}` } },
  { label: 'X-Auth-Token', path: KENDO, headers: { 'X-Auth-Token': key } },
  { label: 'Cookie', path: KENDO, headers: { Cookie: `session=${key}` } },
  {
    label: 'Authorization on an unknown route',
    path: `/nope?apiKey=${key}`,
    headers: { Authorization: `Bearer ${key}` },
  },
  { label: 'X-API-Key', path: KENDO, headers: { 'X-API-Key': key }, status: 201 },
];

describe('request logs of a running process', () => {
  const key = issueApiKey().key;
  let database: TestDatabase;
  let dataDir: string;
  let child: ChildProcess;
  let output = '';
  let baseUrl: string;

  beforeAll(async () => {
    database = await createTestDatabase('logredaction');
    dataDir = mkdtempSync(join(tmpdir(), 'callsight-log-redaction-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [entryPoint('standalone')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'info',
        PORT: String(port),
        DATABASE_URL: database.url,
        CALLSIGHT_DATA_DIR: dataDir,
        CALLSIGHT_BOOTSTRAP_API_KEY: key,
        CALLSIGHT_NAMESPACE: process.env.CALLSIGHT_NAMESPACE,
        CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => {
      if (child.exitCode !== null) throw new StopWaiting(`standalone exited with ${child.exitCode}:\n${output}`);
      return output.includes('Try it:');
    }, 'the standalone process to start');
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes no API key, however it was sent, to any log line', async () => {
    const sent: { label: string; requestId: string; status: number; expected?: number }[] = [];
    for (const trick of tricks(key)) {
      const requestId = `logtest-${randomBytes(6).toString('hex')}`;
      const response = await fetch(`${baseUrl}${trick.path}`, {
        method: trick.path === KENDO || trick.path.startsWith(`${KENDO}?`) ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...trick.headers },
        body: trick.path.startsWith(KENDO) ? BODY : undefined,
      });
      await response.arrayBuffer();
      sent.push({ label: trick.label, requestId, status: response.status, expected: trick.status });
    }
    expect(sent.filter((s) => s.expected !== undefined).map((s) => [s.label, s.status])).toEqual(
      sent.filter((s) => s.expected !== undefined).map((s) => [s.label, s.expected]),
    );
    await waitFor(() => sent.every((s) => output.includes(s.requestId)), 'every request to be logged');
    const leaking = output.split('\n').filter((line) => line.includes(key));
    expect(leaking).toEqual([]);
    expect(output).toContain('[REDACTED]');
  });

  it("writes no submission's webhook auth header value to any log line, sent or refused", async () => {
    const receiver = await WebhookReceiver.start();
    try {
      const api = new ApiClient(baseUrl, key);
      const { workspace_id } = (await api.get<WhoAmI>('/api/v1/auth/whoami')).body;
      await api.patch(`/api/v1/config/workspaces/${workspace_id}/webhooks`, { url: `${receiver.url}/section` });
      const value = `logsecret-${randomBytes(8).toString('hex')}`;
      const body = {
        transcript: 'Rep: Thanks for joining.',
        webhook_url: receiver.url,
        webhook_auth_header_name: 'X-Callsight-Auth',
        webhook_auth_header_value: value,
      };
      const headers = { 'Idempotency-Key': `log-${randomBytes(4).toString('hex')}` };
      expect((await api.post('/api/v1/calls/transcript', body, headers)).status).toBe(202);
      expect((await api.post('/api/v1/calls/transcript', body, headers)).status).toBe(202);
      const refused = await api.post('/api/v1/calls/transcript', {
        ...body,
        webhook_auth_header_value: `${value}\r\nX-Injected: 1`,
      });
      expect(refused.status).toBe(400);
      await waitFor(
        () => receiver.received.some((hook) => hook.headers['x-callsight-auth'] === value),
        'the delivery with the header',
      );
      expect(output.split('\n').filter((line) => line.includes(value))).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});
