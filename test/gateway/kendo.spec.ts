import type { ProblemDetails } from '@callsight/common';
import type { JobView, KendoIngestResponse } from '@callsight/contracts';
import { ApiClient, ApiResponse } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const PATH = '/api/integrations/push-api/ingest';
/** The example body from Kendo's Push API documentation, verbatim. */
const DOC_EXAMPLE = `{ "transcript": "Rep: Thanks for joining.", "callTitle": "Demo Call", "disableAiTitleGeneration": true, "repEmail": "rep@company.com", "duration": 18, "metadata": { "source": "hubspot", "recordId": "12345" } }`;

describe('Kendo Push API compatibility', () => {
  let running: RunningStack;
  let open: ApiClient;
  let key: string;

  beforeAll(async () => {
    running = await startInProcessStack('kendo');
    open = new ApiClient(running.api.baseUrl);
  });

  afterAll(async () => running?.stop());

  beforeEach(async () => {
    key = (await running.workspaces.createKey(running.workspaceId, `kendo-${Date.now()}`)).key;
  });

  const post = <T = KendoIngestResponse>(body: string, headers: Record<string, string> = {}, path = PATH) =>
    open.request<T>('POST', path, { raw: body, headers: { 'content-type': 'application/json', ...headers } });

  const expectAccepted = (response: ApiResponse<KendoIngestResponse>) => {
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      success: true,
      callId: match.stringMatching(/^call_/),
      jobId: match.stringMatching(/^job_/),
      status: 'queued',
      processingTriggered: true,
      processingError: null,
      statusReason: 'queued for transcript analysis',
    });
  };

  it.each([
    ['the X-API-Key header', (k: string) => ({ headers: { 'X-API-Key': k } })],
    ['Authorization: Bearer', (k: string) => ({ headers: { Authorization: `Bearer ${k}` } })],
    ['the apiKey query parameter', (k: string) => ({ path: `${PATH}?apiKey=${k}` })],
    [
      'the apiKey body field',
      (k: string) => ({ body: DOC_EXAMPLE.replace('{ "transcript"', `{ "apiKey": "${k}", "transcript"`) }),
    ],
  ])('accepts the documented example with the key in %s', async (_label, place) => {
    const where = place(key) as { headers?: Record<string, string>; path?: string; body?: string };
    expectAccepted(await post(where.body ?? DOC_EXAMPLE, where.headers, where.path));
  });

  it('keeps what the example sent: title preference, rep, duration in minutes, metadata', async () => {
    const response = await post(DOC_EXAMPLE, { 'X-API-Key': key });
    const job = (await running.api.get<JobView>(`/api/v1/jobs/${response.body.jobId}`)).body;
    expect(job).toMatchObject({
      title: 'Demo Call',
      title_source: 'provided',
      rep_email: 'rep@company.com',
      duration_seconds: 1080,
      metadata: { source: 'hubspot', recordId: '12345' },
    });
    await waitFor(
      async () => (await running.api.get<JobView>(`/api/v1/jobs/${response.body.jobId}`)).body.status === 'completed',
      'the Kendo call to be analysed',
    );
  });

  it('accepts snake_case, and booleans and numbers sent as text', async () => {
    const body = JSON.stringify({
      transcript: 'Rep: Hello.',
      call_title: 'Snake',
      disable_ai_title_generation: 'true',
      rep_name: 'Ann',
      call_date: '2026-03-07',
      duration: '95s',
      hubspot_extra: 'ignored',
    });
    const response = await post(body, { 'X-API-Key': key });
    expect(response.status).toBe(201);
    const job = (await running.api.get<JobView>(`/api/v1/jobs/${response.body.jobId}`)).body;
    expect(job).toMatchObject({
      title: 'Snake',
      title_source: 'provided',
      rep_name: 'Ann',
      duration_seconds: 95,
      call_date: '2026-03-07T00:00:00.000Z',
    });
  });

  it('prioritises audio over an inline transcript', async () => {
    const response = await post(
      JSON.stringify({ transcript: 'Rep: hi', audio_url: 'https://recordings.example.com/call.mp3' }),
      { 'X-API-Key': key },
    );
    expect(response.status).toBe(201);
    expect(response.body.statusReason).toBe(
      'queued for audio transcription and analysis; the inline transcript was not kept because audio takes priority',
    );
    expect((await running.api.get<JobView>(`/api/v1/jobs/${response.body.jobId}`)).body.source).toBe('audio_url');
  });

  it('reads an empty audioUrl or a null transcript as not sent, as form-built bodies send them', async () => {
    const withEmptyAudio = await post(JSON.stringify({ transcript: 'Rep: Hello there.', audioUrl: '' }), {
      'X-API-Key': key,
    });
    expect(withEmptyAudio.status).toBe(201);
    expect(withEmptyAudio.body.statusReason).toBe('queued for transcript analysis');
    const withNullTranscript = await post(
      JSON.stringify({ transcript: null, audio_url: 'https://recordings.example.com/call.mp3' }),
      { 'X-API-Key': key },
    );
    expect(withNullTranscript.status).toBe(201);
    expect(withNullTranscript.body.statusReason).toBe('queued for audio transcription and analysis');
    const withBothEmpty = await post(JSON.stringify({ transcript: '', audioUrl: '' }), { 'X-API-Key': key });
    expect(withBothEmpty.status).toBe(400);
  });

  it.each([
    ['neither transcript nor audioUrl', '{"callTitle": "x"}', /transcript or audioUrl is required/],
    ['an empty transcript', '{"transcript": ""}', /transcript/],
    ['a bad audioUrl', '{"audioUrl": "file:///etc/passwd"}', /audioUrl/],
    ['a bad callDate', '{"transcript": "A: x", "callDate": "last tuesday"}', /callDate/],
    ['a bad duration', '{"transcript": "A: x", "duration": "forever"}', /duration/],
    ['nested metadata', '{"transcript": "A: x", "metadata": {"a": {"b": 1}}}', /metadata/],
    [
      'contradicting title flags',
      '{"transcript": "A: x", "disableAiTitleGeneration": true, "useAiCallTitle": true}',
      /contradict/,
    ],
    ['a JSON array', '[1, 2]', /JSON object/],
  ])('refuses %s with 400 problem+json', async (_label, body, message) => {
    const response = await post(body, { 'X-API-Key': key });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    expect(JSON.stringify(response.body)).toMatch(message);
  });

  it.each([
    ['no key', {}],
    ['an invalid key', { 'X-API-Key': 'pk_your_key_here' }],
  ])('answers 401 to %s', async (_label, headers) => {
    const response = await post<ProblemDetails>(DOC_EXAMPLE, headers);
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('answers 401, never 500, to keys passed in odd shapes', async () => {
    const odd = [
      post(DOC_EXAMPLE, {}, `${PATH}?apiKey=${key}&apiKey=${key}`),
      post(DOC_EXAMPLE, {}, `${PATH}?apiKey[]=${key}`),
      post(DOC_EXAMPLE.replace('{ "transcript"', '{ "apiKey": 12345, "transcript"'), {}),
      post(DOC_EXAMPLE.replace('{ "transcript"', '{ "apiKey": ["a"], "transcript"'), {}),
      post(DOC_EXAMPLE.replace('{ "transcript"', `{ "api_key": "${key.slice(0, -1)}x", "transcript"`), {}),
      post(DOC_EXAMPLE, { Authorization: 'Bearer' }),
      post(DOC_EXAMPLE, { Authorization: `Basic ${Buffer.from(key).toString('base64')}` }),
    ];
    for (const response of await Promise.all(odd)) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('answers 413 to a body over 5 MB', async () => {
    const response = await post<ProblemDetails>(JSON.stringify({ transcript: `Rep: ${'x'.repeat(5 * 1024 * 1024)}` }), {
      'X-API-Key': key,
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('allows 30 requests a minute per key, then answers 429 with Retry-After and rate-limit headers', async () => {
    const statuses: number[] = [];
    let last: ApiResponse<ProblemDetails> | undefined;
    for (let n = 0; n < 31; n += 1) {
      last = await post<ProblemDetails>('{"callTitle": "no content"}', { 'X-API-Key': key });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(last!.body.code).toBe('rate_limited');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('ratelimit-limit')).toBe('30');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    const otherKey = (await running.workspaces.createKey(running.workspaceId, 'fresh')).key;
    expect((await post(DOC_EXAMPLE, { 'X-API-Key': otherKey })).status).toBe(201);
    expect((await running.api.get('/api/v1/auth/whoami')).status).toBe(200);
  });

  it('sends rate-limit headers on native API responses too', async () => {
    const response = await new ApiClient(running.api.baseUrl, key).get('/api/v1/auth/whoami');
    expect(response.headers.get('ratelimit-limit')).toBe('600');
    expect(Number(response.headers.get('ratelimit-remaining'))).toBeLessThan(600);
    expect(response.headers.get('ratelimit-policy')).toMatch(/^600;w=60/);
  });

  it("applies a workspace's own limit", async () => {
    const workspace = await running.workspaces.createWorkspace(`limited-${Date.now()}`);
    await running.workspaces.setRateLimit(workspace.id, 2);
    const client = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'k')).key);
    const statuses = [];
    for (let n = 0; n < 3; n += 1) statuses.push((await client.get('/api/v1/auth/whoami')).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('replays an Idempotency-Key request', async () => {
    const idempotencyKey = `kendo-${Date.now()}`;
    const first = await post(DOC_EXAMPLE, { 'X-API-Key': key, 'Idempotency-Key': idempotencyKey });
    const again = await post(DOC_EXAMPLE, { 'X-API-Key': key, 'Idempotency-Key': idempotencyKey });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });
});
