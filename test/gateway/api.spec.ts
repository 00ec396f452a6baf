import { Webhook } from 'standardwebhooks';
import { API_KEY_PREFIX, issueApiKey } from '@callsight/auth';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ProblemDetails } from '@callsight/common';
import type {
  HealthReport,
  JobView,
  ResolvedWorkspaceConfigView,
  StatsSummary,
  SubmissionAccepted,
  WebhooksConfigView,
  WhoAmI,
  WorkspaceConfigView,
} from '@callsight/contracts';
import type { TalkRatioOutput } from '../../apps/scoring/src/algorithms/talk-ratio/talk-ratio.algorithm';
import type { WebhookPayload } from '../../apps/webhook/src/deliveries/webhook-payload';
import { ApiClient, ApiResponse } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { payloadOf, WebhookReceiver } from '../support/webhook-receiver';
import { waitFor } from '../support/wait-for';

const TRANSCRIPT = 'Rep: Thanks for joining the demo today.\nCustomer: Happy to be here.\nRep: Let me share my screen.';

describe('gateway API on the in-process stack', () => {
  let running: RunningStack;
  let api: ApiClient;
  let receiver: WebhookReceiver;
  let secret: string;

  beforeAll(async () => {
    running = await startInProcessStack('api');
    api = running.api;
    receiver = await WebhookReceiver.start();
    const patched = await api.patch<WebhooksConfigView>(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, {
      url: receiver.url,
    });
    expect(patched.status).toBe(200);
    secret = patched.body.secret!;
  });

  afterAll(async () => {
    await receiver?.close();
    await running?.stop();
  });

  const expectProblem = (response: ApiResponse<ProblemDetails>, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, type: `urn:callsight:problem:${code}` });
    expect(typeof response.body.detail).toBe('string');
    expect(response.body.request_id).toBe(response.headers.get('x-request-id'));
    expect(JSON.stringify(response.body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
  };

  const submit = <T = SubmissionAccepted>(body: unknown = { transcript: TRANSCRIPT }) =>
    api.post<T>('/api/v1/calls/transcript', body);
  const jobCount = async () => (await api.get<StatsSummary>('/api/v1/stats')).body.jobs.total;

  describe('a call through the whole pipeline', () => {
    it('is accepted, analysed, delivered signed to the webhook, completed and counted', async () => {
      const before = receiver.received.length;
      const accepted = await submit({
        transcript: TRANSCRIPT,
        source_call_id: 'crm-42',
        title: 'Demo',
        metadata: { source: 'hubspot', recordId: '12345' },
      });
      expect(accepted.status).toBe(202);
      expect(accepted.body).toEqual({
        job_id: match.stringMatching(/^job_[0-9a-z]{26}$/),
        call_id: match.stringMatching(/^call_[0-9a-z]{26}$/),
        status: 'queued',
      });

      const job = await waitFor(async () => {
        const response = await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`);
        return response.body.status === 'completed' ? response.body : undefined;
      }, 'the job to complete');
      expect(job.stages).toEqual({
        queued_at: match.any(String),
        transcribing_at: match.any(String),
        analyzing_at: match.any(String),
        delivering_at: match.any(String),
        completed_at: match.any(String),
        failed_at: null,
      });
      const stages = ['queued_at', 'transcribing_at', 'analyzing_at', 'delivering_at', 'completed_at'] as const;
      const order = stages.map((stage) => Date.parse(job.stages[stage]!));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(job).toMatchObject({
        source: 'transcript',
        source_call_id: 'crm-42',
        title: 'Demo',
        metadata: { source: 'hubspot', recordId: '12345' },
      });

      const delivery = receiver.received
        .slice(before)
        .find((hook) => payloadOf(hook).data.job_id === accepted.body.job_id);
      expect(delivery).toBeDefined();
      const verified = new Webhook(secret).verify(
        delivery!.body,
        delivery!.headers as Record<string, string>,
      ) as WebhookPayload;
      expect(verified.type).toBe('job.completed');
      expect(verified.data).toMatchObject({
        job_id: accepted.body.job_id,
        call_id: accepted.body.call_id,
        status: 'completed',
        source_call_id: 'crm-42',
      });
      const results = verified.data.results as Array<{ algorithm_id: string; output: TalkRatioOutput }>;
      const talk = results.find((result) => result.algorithm_id === 'talk_ratio');
      expect(talk!.output.speakers.map((speaker) => [speaker.speaker, speaker.words, speaker.turns])).toEqual([
        ['Rep', 11, 2],
        ['Customer', 4, 1],
      ]);
      expect(() =>
        new Webhook(`whsec_${Buffer.from('another secret of enough length!').toString('base64')}`).verify(
          delivery!.body,
          delivery!.headers as Record<string, string>,
        ),
      ).toThrow();

      const stats = await api.get<StatsSummary>('/api/v1/stats');
      expect(stats.status).toBe(200);
      expect(stats.body.jobs.completed).toBeGreaterThanOrEqual(1);
      expect(stats.body.jobs.total).toBeGreaterThanOrEqual(stats.body.jobs.completed);
    });

    it('retries a failed delivery with the same webhook-id and completes the job', async () => {
      receiver.respondWith(503);
      const before = receiver.received.length;
      const accepted = await submit();
      await waitFor(
        async () => (await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body.status === 'completed',
        'the job to complete after a retry',
      );
      const attempts = receiver.received
        .slice(before)
        .filter((hook) => payloadOf(hook).data.job_id === accepted.body.job_id);
      expect(attempts).toHaveLength(2);
      expect(attempts[0].headers['webhook-id']).toBe(attempts[1].headers['webhook-id']);
    });

    it('fails the job with the reason when every delivery attempt fails', async () => {
      receiver.respondWith(500, 500, 500);
      const accepted = await submit();
      const job = await waitFor(async () => {
        const response = await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`);
        return response.body.status === 'failed' ? response.body : undefined;
      }, 'the job to fail');
      expect(job.status_reason).toMatch(/webhook delivery failed after 3 attempt\(s\): endpoint answered 500/);
      expect(job.stages.failed_at).toEqual(expect.any(String));
    });
  });

  describe('authentication', () => {
    it('serves the liveness probe without a key', async () => {
      const response = await new ApiClient(api.baseUrl).get('/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', service: 'gateway' });
    });

    it.each([
      ['no key', {}],
      ['a malformed key', { authorization: 'Bearer nope' }],
      ['a well-formed unknown key', { authorization: `Bearer ${issueApiKey().key}` }],
      ['a Basic credential', { authorization: 'Basic dXNlcjpwYXNz' }],
    ])('refuses %s with 401', async (_label, headers) => {
      expectProblem(
        await new ApiClient(api.baseUrl).get<ProblemDetails>('/api/v1/auth/whoami', headers),
        401,
        'unauthenticated',
      );
    });

    it('accepts the key in x-api-key and says whose it is', async () => {
      const response = await new ApiClient(api.baseUrl).get<WhoAmI>('/api/v1/auth/whoami', {
        'x-api-key': running.apiKey,
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        workspace_id: running.workspaceId,
        workspace_name: 'default',
        key_id: match.stringMatching(/^key_/),
        key_prefix: running.apiKey.slice(0, API_KEY_PREFIX.length + 4),
        scopes: match.arrayContaining(['calls:write', 'jobs:read']),
        // The bootstrap key, made without a plan.
        plan: 'personal',
      });
    });

    it('does not take the key from the query string on native routes', async () => {
      expectProblem(
        await new ApiClient(api.baseUrl).get<ProblemDetails>(`/api/v1/auth/whoami?apiKey=${running.apiKey}`),
        401,
        'unauthenticated',
      );
    });

    it('stops accepting a key as soon as it is revoked', async () => {
      const created = await running.workspaces.createKey(running.workspaceId, 'short-lived');
      const client = new ApiClient(api.baseUrl, created.key);
      expect((await client.get('/api/v1/auth/whoami')).status).toBe(200);
      await running.workspaces.revokeKey(created.id);
      expectProblem(await client.get<ProblemDetails>('/api/v1/auth/whoami'), 401, 'unauthenticated');
    });

    it('enforces scopes with 403', async () => {
      const readOnly = await running.workspaces.createKey(running.workspaceId, 'read-only', ['jobs:read']);
      expectProblem(
        await new ApiClient(api.baseUrl, readOnly.key).post<ProblemDetails>('/api/v1/calls/transcript', {
          transcript: TRANSCRIPT,
        }),
        403,
        'forbidden',
      );
    });
  });

  describe('bad input is refused with problem+json and changes nothing', () => {
    const tooLarge = 'x'.repeat(5 * 1024 * 1024 + 10);
    const cases: Array<[string, () => Promise<ApiResponse<ProblemDetails>>, number, string]> = [
      ['a missing transcript', () => submit({}), 400, 'validation_failed'],
      ['an empty transcript', () => submit({ transcript: '' }), 400, 'validation_failed'],
      ['a transcript that is not a string', () => submit({ transcript: { text: 'hi' } }), 400, 'validation_failed'],
      ['an unknown field', () => submit({ transcript: 'A: hi', nonsense: true }), 400, 'validation_failed'],
      [
        'nested metadata',
        () => submit({ transcript: 'A: hi', metadata: { deep: { x: 1 } } }),
        400,
        'validation_failed',
      ],
      ['a bad call date', () => submit({ transcript: 'A: hi', call_date: 'yesterday' }), 400, 'validation_failed'],
      ['a negative duration', () => submit({ transcript: 'A: hi', duration_seconds: -1 }), 400, 'validation_failed'],
      [
        'a webhook URL with another scheme',
        () => submit({ transcript: 'A: hi', webhook_url: 'ftp://example.com/x' }),
        400,
        'validation_failed',
      ],
      [
        'malformed JSON',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: '{"transcript": "A: hi",',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'bad_request',
      ],
      [
        'a JSON array body',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: '["A: hi"]',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'validation_failed',
      ],
      [
        'JSON null',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: 'null',
            headers: { 'content-type': 'application/json' },
          }),
        400,
        'validation_failed',
      ],
      [
        'a text/plain body',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: 'Rep: hi',
            headers: { 'content-type': 'text/plain' },
          }),
        415,
        'unsupported_media_type',
      ],
      [
        'a body over 5 MB',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: JSON.stringify({ transcript: tooLarge }),
            headers: { 'content-type': 'application/json' },
          }),
        413,
        'payload_too_large',
      ],
      [
        'an unsupported charset',
        () =>
          api.request('POST', '/api/v1/calls/transcript', {
            raw: '{"transcript":"A: hi"}',
            headers: { 'content-type': 'application/json; charset=klingon' },
          }),
        415,
        'unsupported_media_type',
      ],
    ];

    it.each(cases)('%s', async (_label, send, status, code) => {
      const before = await jobCount();
      const response = await send();
      expectProblem(response, status, code);
      if (code === 'validation_failed')
        expect(response.body.errors).toEqual(
          match.arrayContaining([match.objectContaining({ field: match.any(String), message: match.any(String) })]),
        );
      expect(await jobCount()).toBe(before);
    });

    it('names the offending field', async () => {
      const response = await submit<ProblemDetails>({ transcript: 'A: hi', rep_email: 'not-an-email' });
      expect(response.body.errors).toEqual([{ field: 'rep_email', message: match.stringMatching(/email/) }]);
    });

    it.each([
      ['a malformed job id', '/api/v1/jobs/123', 400, 'validation_failed'],
      ['a job id with a path trick', '/api/v1/jobs/..%2F..%2Fetc', 400, 'validation_failed'],
      ['an unknown job', '/api/v1/jobs/job_00000000000000000000000000', 404, 'not_found'],
      ['an unknown route', '/api/v1/nothing-here', 404, 'not_found'],
      ['stats with a bad date', '/api/v1/stats?from=soon', 400, 'validation_failed'],
      ['stats with from after to', '/api/v1/stats?from=2026-02-01&to=2026-01-01', 400, 'validation_failed'],
      ['stats with an unknown parameter', '/api/v1/stats?colour=blue', 400, 'validation_failed'],
    ])('%s', async (_label, path, status, code) => {
      expectProblem(await api.get<ProblemDetails>(path), status, code);
    });

    it('answers an unsupported method on a known path with a problem', async () => {
      const response = await api.request('DELETE', '/api/v1/calls/transcript');
      expect([404, 405]).toContain(response.status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });

  describe('workspace isolation', () => {
    let other: ApiClient;
    let otherWorkspaceId: string;

    beforeAll(async () => {
      const workspace = await running.workspaces.createWorkspace(`other-${Date.now()}`);
      otherWorkspaceId = workspace.id;
      other = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'other')).key);
    });

    it('never shows a job of another workspace', async () => {
      const accepted = await submit();
      expectProblem(await other.get<ProblemDetails>(`/api/v1/jobs/${accepted.body.job_id}`), 404, 'not_found');
      expect((await api.get(`/api/v1/jobs/${accepted.body.job_id}`)).status).toBe(200);
    });

    it('never reads or changes another workspace configuration', async () => {
      expectProblem(
        await other.get<ProblemDetails>(`/api/v1/config/workspaces/${running.workspaceId}`),
        404,
        'not_found',
      );
      expectProblem(
        await other.patch<ProblemDetails>(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, {
          url: 'https://evil.example/x',
        }),
        404,
        'not_found',
      );
      expect(
        (await api.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${running.workspaceId}`)).body.webhooks.url,
      ).toBe(receiver.url);
    });

    it('counts each workspace on its own', async () => {
      const ownTotal = (await other.get<StatsSummary>('/api/v1/stats')).body.jobs.total;
      await submit();
      expect((await other.get<StatsSummary>('/api/v1/stats')).body.jobs.total).toBe(ownTotal);
      expect(
        (await other.get<ResolvedWorkspaceConfigView>(`/api/v1/config/workspaces/${otherWorkspaceId}/resolved`)).body
          .webhooks,
      ).toEqual({
        url: null,
        enabled: true,
        has_secret: false,
      });
    });
  });

  describe('webhook configuration', () => {
    let config: ApiClient;
    let workspaceId: string;

    beforeAll(async () => {
      const workspace = await running.workspaces.createWorkspace(`config-${Date.now()}`);
      workspaceId = workspace.id;
      config = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'config')).key);
    });

    it('generates a secret with the first endpoint, shows it once, and never again', async () => {
      const first = await config.patch<WebhooksConfigView>(`/api/v1/config/workspaces/${workspaceId}/webhooks`, {
        url: 'https://hooks.example.com/callsight',
      });
      expect(first.body).toEqual({
        url: 'https://hooks.example.com/callsight',
        enabled: true,
        has_secret: true,
        secret: match.stringMatching(/^whsec_/),
      });
      const second = await config.patch<WebhooksConfigView>(`/api/v1/config/workspaces/${workspaceId}/webhooks`, {
        enabled: false,
      });
      expect(second.body).toEqual({ url: 'https://hooks.example.com/callsight', enabled: false, has_secret: true });
      expect((await config.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${workspaceId}`)).body).toEqual({
        workspace_id: workspaceId,
        version: 2,
        updated_at: match.any(String),
        webhooks: { url: 'https://hooks.example.com/callsight', enabled: false, has_secret: true },
        ingestion: {},
        transcription: {},
        algorithms: {},
        llm: { has_api_key: false },
        processing: {},
      });
      expect(
        (await config.get<ResolvedWorkspaceConfigView>(`/api/v1/config/workspaces/${workspaceId}/resolved`)).body,
      ).toMatchObject({
        workspace_id: workspaceId,
        version: 2,
        webhooks: { url: 'https://hooks.example.com/callsight', enabled: false, has_secret: true },
        ingestion: { duplicate_policy: 'process' },
        transcription: match.objectContaining({ engine: null, stereo_speakers: ['Agent', 'Customer'] }),
      });
    });

    it.each([
      ['a URL that is not http(s)', { url: 'javascript:alert(1)' }],
      ['a malformed secret', { secret: 'not-a-secret' }],
      ['enabled as a string', { enabled: 'yes' }],
      ['an unknown field', { retries: 5 }],
    ])('refuses %s', async (_label, body) => {
      const before = (await config.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${workspaceId}`)).body;
      expectProblem(
        await config.patch<ProblemDetails>(`/api/v1/config/workspaces/${workspaceId}/webhooks`, body),
        400,
        'validation_failed',
      );
      expect((await config.get(`/api/v1/config/workspaces/${workspaceId}`)).body).toEqual(before);
    });

    it('completes a job without delivery when the workspace has no endpoint, and says why', async () => {
      const fresh = await running.workspaces.createWorkspace(`no-hook-${Date.now()}`);
      const client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(fresh.id, 'k')).key);
      const accepted = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: TRANSCRIPT });
      const job = await waitFor(async () => {
        const response = await client.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`);
        return response.body.status === 'completed' ? response.body : undefined;
      }, 'the job to complete');
      expect(job.status_reason).toMatch(/no webhook endpoint is configured/);
      expect(job.stages.delivering_at).toEqual(expect.any(String));
    });
  });

  describe('health and documentation', () => {
    it('reports the database, the bus and every service as healthy', async () => {
      const response = await api.get<HealthReport>('/api/v1/health');
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('ok');
      expect(Object.keys(response.body.services).sort()).toEqual([
        'ingestion',
        'scoring',
        'stats',
        'transcription',
        'webhook',
      ]);
      for (const service of Object.values(response.body.services)) {
        expect(service).toMatchObject({ status: 'ok', latency_ms: match.any(Number), database: { status: 'ok' } });
      }
      expect(response.body.services.transcription.dependencies).toEqual({
        speech_engine: { status: 'ok', latency_ms: null },
      });
    });

    it('serves the OpenAPI document and Swagger UI without a key', async () => {
      const open = new ApiClient(api.baseUrl);
      const document = await open.get<OpenAPIObject>('/docs-json');
      expect(document.status).toBe(200);
      expect(document.body.paths['/api/v1/calls/transcript'].post).toBeDefined();
      const ui = await open.get('/docs');
      expect(ui.status).toBe(200);
      expect(ui.text).toMatch(/swagger/i);
    });
  });
});
