import type { ProblemDetails } from '@callsight/common';
import type {
  AlgorithmsConfig,
  JobView,
  LlmConfigView,
  ResolvedWorkspaceConfigView,
  SubmissionAccepted,
  VersionedWorkspaceConfig,
  WorkspaceConfigView,
} from '@callsight/contracts';
import { Subjects } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiClient } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { problemsAgainst } from '../openapi/documented-schema';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

const tracker = { id: 'cancel', name: 'Cancellation', phrases: ['cancel my account'], speaker: 'customer' };
const scorecard = {
  id: 'intro',
  name: 'Intro call',
  criteria: [
    { id: 'no_cancel', name: 'No cancel talk', weight: 2, type: 'tracker', tracker_id: 'cancel', expect: 'absent' },
  ],
};

describe('workspace configuration routes', () => {
  let running: RunningStack;
  let api: ApiClient;
  let workspaceId: string;
  const path = (suffix = '') => `/api/v1/config/workspaces/${workspaceId}${suffix}`;

  beforeAll(async () => {
    running = await startInProcessStack('config');
    const workspace = await running.workspaces.createWorkspace(`config-routes-${Date.now()}`);
    workspaceId = workspace.id;
    api = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'config')).key);
  });

  afterAll(async () => {
    await running?.stop();
  });

  const put = <T>(body: unknown) => api.request<T>('PUT', path(), { body });

  it('serves the schemas as application/schema+json with a strong ETag, and 304 when unchanged', async () => {
    const whole = await api.get<{ $schema: string; properties: Record<string, unknown> }>('/api/v1/config/schema');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(whole.body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(whole.body.properties)).toEqual([
      'transcription',
      'algorithms',
      'llm',
      'webhooks',
      'ingestion',
      'processing',
    ]);
    const etag = whole.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await api.get('/api/v1/config/schema', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);

    const section = await api.get<{ title: string }>('/api/v1/config/schema/algorithms');
    expect(section.body.title).toBe('Algorithms');
    expect(section.headers.get('etag')).not.toBe(etag);
    expect(
      (
        await api.get('/api/v1/config/schema/algorithms', {
          'if-none-match': `W/${etag}, ${section.headers.get('etag')}`,
        })
      ).status,
    ).toBe(304);
    const unknown = await api.get<ProblemDetails>('/api/v1/config/schema/billing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('starts at version 0 with nothing set, and resolves to the defaults', async () => {
    expect((await api.get<WorkspaceConfigView>(path())).body).toEqual({
      workspace_id: workspaceId,
      version: 0,
      updated_at: null,
      transcription: {},
      algorithms: {},
      llm: { has_api_key: false },
      webhooks: { has_secret: false },
      ingestion: {},
      processing: {},
    });
    const resolved = (await api.get<ResolvedWorkspaceConfigView>(path('/resolved'))).body;
    expect(resolved.version).toBe(0);
    expect(resolved.processing).toEqual({ missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' });
    expect(resolved.llm).toEqual({
      base_url: null,
      model: null,
      max_concurrency: 4,
      timeout_ms: 30000,
      structured_output: 'auto',
      has_api_key: false,
    });
  });

  it('patches each new section as a new version, fills defaults, and never shows the api key', async () => {
    const algorithms = await api.patch<AlgorithmsConfig>(path('/algorithms'), {
      trackers: [tracker],
      scorecards: [scorecard],
    });
    expect(algorithms.status).toBe(200);
    expect(algorithms.body.trackers[0]).toEqual({ ...tracker, part: 'any', negation_aware: true, word_forms: true });
    expect(algorithms.body.scorecards[0].pass_score).toBe(70);

    const llm = await api.patch<LlmConfigView>(path('/llm'), {
      base_url: 'https://llm.example.com/v1',
      model: 'm',
      api_key: 'sk-secret-1',
    });
    expect(llm.body).toMatchObject({ base_url: 'https://llm.example.com/v1', has_api_key: true });
    expect(llm.text).not.toContain('sk-secret-1');
    expect((await api.patch(path('/processing'), { short_call_max_seconds: 45 })).status).toBe(200);

    const view = (await api.get<WorkspaceConfigView>(path())).body;
    expect(view.version).toBe(3);
    expect(view.llm).toEqual({ base_url: 'https://llm.example.com/v1', model: 'm', has_api_key: true });
    expect(view.processing).toEqual({ short_call_max_seconds: 45 });
    expect(JSON.stringify(view)).not.toContain('sk-secret-1');
    expect((await api.get<ResolvedWorkspaceConfigView>(path('/resolved'))).body.processing).toEqual({
      missed_call_max_seconds: 10,
      short_call_max_seconds: 45,
      timezone: 'UTC',
    });
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const before = (await api.get<WorkspaceConfigView>(path())).body;
    const refused = await api.patch<ProblemDetails>(path('/algorithms'), {
      trackers: [{ ...tracker, phrases: [] }],
      scorecards: [{ ...scorecard, criteria: [{ ...scorecard.criteria[0], tracker_id: 'refund' }] }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { field: 'trackers[0].phrases', message: 'phrases must NOT have fewer than 1 items' },
    ]);
    const dangling = await api.patch<ProblemDetails>(path('/algorithms'), {
      scorecards: [{ ...scorecard, criteria: [{ ...scorecard.criteria[0], tracker_id: 'refund' }] }],
    });
    expect(dangling.body.errors).toEqual([
      {
        field: 'scorecards[0].criteria[0].tracker_id',
        message: 'tracker_id refund names no tracker of this configuration',
      },
    ]);
    const whole = await put<ProblemDetails>({
      processing: { missed_call_max_seconds: 601 },
      llm: { base_url: 'ftp://x' },
    });
    expect(whole.status).toBe(400);
    expect(whole.body.errors).toEqual([
      { field: 'llm.base_url', message: 'base_url must be an http(s) URL' },
      { field: 'processing.missed_call_max_seconds', message: 'missed_call_max_seconds must be <= 600' },
    ]);
    const local = await api.patch<ProblemDetails>(path('/llm'), { base_url: 'http://10.1.2.3:8000/v1' });
    expect(local.status).toBe(400);
    expect(local.body.errors?.[0].field).toBe('base_url');
    expect((await api.get<WorkspaceConfigView>(path())).body).toEqual(before);
  });

  it('replaces the whole configuration with PUT: sections left out return to defaults, secrets are kept', async () => {
    const replaced = await put<WorkspaceConfigView>({
      llm: { base_url: 'https://llm2.example.com/v1' },
      webhooks: { url: 'https://hooks.example.com/callsight' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      version: 4,
      algorithms: {},
      processing: {},
      llm: { base_url: 'https://llm2.example.com/v1', has_api_key: true },
      webhooks: {
        url: 'https://hooks.example.com/callsight',
        has_secret: true,
        secret: match.stringMatching(/^whsec_/),
      },
    });
    const again = await put<WorkspaceConfigView>({
      llm: { base_url: 'https://llm2.example.com/v1' },
      webhooks: { url: 'https://hooks.example.com/callsight' },
    });
    expect(again.body.version).toBe(4);
    expect(again.body.webhooks.secret).toBeUndefined();
  });

  it('records the version on each job, and answers a job version with the latest secrets', async () => {
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: 'Agent: Hello.\nCustomer: Hi.',
    });
    const job = (await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body;
    expect(job.config_version).toBe(4);
    await api.patch(path('/llm'), { api_key: 'sk-rotated', model: 'newer' });
    const context = { workspaceId, requestId: 'req_config_spec' };
    const atJob = await running.stack.gateway
      .get(RpcClient)
      .request<VersionedWorkspaceConfig>(Subjects.ingestion.getWorkspaceConfig, context, {
        version: job.config_version,
      });
    expect(atJob).toMatchObject({ version: 4, llm: { model: null, api_key: 'sk-rotated' } });
    const latest = await running.stack.gateway
      .get(RpcClient)
      .request<VersionedWorkspaceConfig>(Subjects.ingestion.getWorkspaceConfig, context, {});
    expect(latest).toMatchObject({ version: 5, llm: { model: 'newer', api_key: 'sk-rotated' } });
  });

  it('answers as openapi.json says', async () => {
    const answers: Array<[string, unknown]> = [
      ['WorkspaceConfigView', (await api.get(path())).body],
      ['ResolvedWorkspaceConfigView', (await api.get(path('/resolved'))).body],
      ['AlgorithmsConfigView', (await api.patch(path('/algorithms'), { redaction: { enabled: true } })).body],
      ['LlmConfigView', (await api.patch(path('/llm'), { timeout_ms: 20000 })).body],
      ['WebhooksConfigView', (await api.patch(path('/webhooks'), { rotate_secret: true })).body],
    ];
    for (const [schema, answer] of answers)
      expect({ schema, problems: problemsAgainst(schema, answer) }).toEqual({ schema, problems: [] });
  });

  it('shows another workspace nothing', async () => {
    for (const route of ['', '/resolved'])
      expect((await running.api.get(`/api/v1/config/workspaces/${workspaceId}${route}`)).status).toBe(404);
    expect((await running.api.request('PUT', path(), { body: {} })).status).toBe(404);
    expect((await running.api.patch(path('/processing'), { short_call_max_seconds: 1 })).status).toBe(404);
    expect((await api.get<WorkspaceConfigView>(path())).body.processing).toEqual({});
  });
});
