import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { ProblemDetails } from '@callsight/common';
import type { JobPage, WorkspaceConfigView } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

const NOT_ALLOWED = /is not an allowed destination: .*CALLSIGHT_EGRESS_ALLOW/;

function wavForm(fields: Record<string, string>): FormData {
  const header = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append('file', new Blob([Buffer.concat([header, randomBytes(4096)])], { type: 'audio/wav' }), 'call.wav');
  return data;
}

/** Only 127.0.0.2 is allowed, so one stack shows both a refusal and CALLSIGHT_EGRESS_ALLOW letting a listed address through. */
describe('webhook and audio URLs are checked against the egress guard when saved', () => {
  let running: RunningStack;
  let api: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('saved-destinations', { CALLSIGHT_EGRESS_ALLOW: '127.0.0.2' });
    api = running.api;
  });

  afterAll(async () => running?.stop());

  const webhooksPath = () => `/api/v1/config/workspaces/${running.workspaceId}/webhooks`;
  const savedWebhookUrl = async () =>
    (await api.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${running.workspaceId}`)).body.webhooks.url;
  const jobCount = async () => (await api.get<JobPage>('/api/v1/jobs')).body.data.length;

  const expectRefused = (
    response: { status: number; headers: Headers; body: unknown },
    field: string,
    reason: RegExp,
  ): void => {
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = response.body as ProblemDetails;
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([{ field, message: expect.stringMatching(NOT_ALLOWED) as unknown }]);
    expect(problem.errors?.[0].message).toMatch(reason);
  };

  it.each([
    ['a loopback address', 'http://127.0.0.1:9/hooks', /127\.0\.0\.1 is not a public address \(loopback\)/],
    ['the cloud metadata address', 'http://169.254.169.254/latest', /cloud metadata/],
    ['an IPv4-compatible IPv6 address', 'http://[::127.0.0.1]/', /::7f00:1 is not a public address/],
    ['an IPv4-mapped IPv6 address', 'http://[::ffff:10.0.0.1]/', /IPv4-mapped carrying 10\.0\.0\.1 \(private\)/],
    ['localhost', 'http://localhost:9/', /localhost is a loopback name/],
    ['a name under localhost', 'http://hooks.localhost/', /hooks\.localhost is a loopback name/],
  ])('refuses a workspace webhook URL at %s and keeps the saved one', async (_label, url, reason) => {
    const before = await savedWebhookUrl();
    expectRefused(await api.patch(webhooksPath(), { url }), 'url', reason);
    expect(await savedWebhookUrl()).toBe(before);
  });

  it('saves a webhook URL whose address CALLSIGHT_EGRESS_ALLOW lists', async () => {
    const saved = await api.patch<{ url: string }>(webhooksPath(), { url: 'http://127.0.0.2:9/hooks' });
    expect(saved.status).toBe(200);
    expect(await savedWebhookUrl()).toBe('http://127.0.0.2:9/hooks');
  });

  it('refuses submissions whose audio or per-call webhook URL is internal, creating no job', async () => {
    const before = await jobCount();
    expectRefused(
      await api.post('/api/v1/calls/transcript', { transcript: 'Rep: hi', webhook_url: 'http://10.1.2.3/hook' }),
      'webhook_url',
      /10\.1\.2\.3 is not a public address \(private\)/,
    );
    expectRefused(
      await api.post('/api/v1/calls/audio', { audio_url: 'http://192.168.1.10/call.wav' }),
      'audio_url',
      /private/,
    );
    expectRefused(
      await api.post('/api/integrations/push-api/ingest', { audioUrl: 'http://100.64.0.1/call.wav' }),
      'audioUrl',
      /carrier-grade NAT/,
    );
    expect(await jobCount()).toBe(before);
  });

  it('refuses an upload with an internal per-call webhook URL and keeps none of its audio', async () => {
    const stored = () =>
      readdirSync(running.storageDir, { recursive: true, withFileTypes: true }).filter(
        (entry) => entry.isFile() && !entry.name.endsWith('.json'),
      ).length;
    const before = stored();
    const response = await api.request('POST', '/api/v1/calls/audio-file', {
      form: wavForm({ webhook_url: 'http://[fd00:ec2::254]/' }),
    });
    expectRefused(response, 'webhook_url', /cloud metadata/);
    expect(stored()).toBe(before);
  });
});
