import type { JobPage, JobView, SubmissionAccepted, WorkspaceConfigView } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

/** A small seeded generator, so a failing case can be reproduced from its index. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'x'.repeat(10_000),
  '\u0000',
  '💥'.repeat(100),
  "'; DROP TABLE ingestion.jobs; --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  'NaN',
  '1e999',
  [],
  [1, 'two', null],
  {},
  { nested: { deeper: { deepest: [1, 2, 3] } } },
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

const FIELDS = [
  'transcript',
  'audio_url',
  'source_call_id',
  'source_company_id',
  'title',
  'call_date',
  'duration_seconds',
  'rep_email',
  'metadata',
  'webhook_url',
  'algorithm_ids',
  'direction',
  'from_number',
  'mode',
  'status',
  'url',
  'secret',
  'enabled',
  'duplicate_policy',
  'callTitle',
  'audioUrl',
  'duration',
  'apiKey',
  'rotate_secret',
];

const RAW_BODIES = [
  '{',
  '{"transcript": "A: hi"',
  '[',
  'nul',
  '{"a":1}{"b":2}',
  '\u0000\u0001\u0002',
  '{"transcript": "\\ud800"}',
  '{"transcript": "A: \\u0000 hi"}',
  '{"transcript": "A: hi", "constructor": {"prototype": {"x": 1}}}',
  '"just a string"',
  '12',
  '{"__proto__": {"isAdmin": true}}',
  JSON.stringify({ a: Array.from({ length: 2000 }, (_, n) => n) }),
  '{"a":'.repeat(500) + '1' + '}'.repeat(500),
];

const ID_PATHS = [
  'job_%00',
  'nothing',
  'job_',
  'job_' + 'z'.repeat(26),
  'job_00000000000000000000000000',
  '%00',
  '..%2F..%2Fhealth',
  'job_01jd5f3k1q8m2x7c9v4b6n0p3r%20OR%201=1',
  '💥',
  'x'.repeat(5000),
  '%E0%A4%A',
  '__proto__',
  'constructor',
];

const QUERIES = [
  'source_call_id=%00',
  'source_call_id=%ED%A0%80',
  'cursor=%00',
  'limit=-1',
  'limit=1e9',
  'limit=1&limit=2',
  'status[]=queued',
  'status=queued&status=failed',
  'cursor=%FF%FE',
  'cursor=' + 'A'.repeat(500),
  'created_from=2026-13-45',
  'sort=__proto__',
  '__proto__[x]=1',
  'constructor[prototype][x]=1',
  'source_call_id=' + 'x'.repeat(300),
  'from=2026-01-01&to=1999-01-01',
  '%',
  '&&&',
  'a=%E0%A4%A',
  'created_from=2026-W01',
  'created_to=20260307',
  'created_from=-271821-04-20T00:00:00Z',
  'created_to=%2B275760-09-13T00:00:00Z',
  'from=2026-02-30',
  'to=2026-03-07T10:00:00Z',
  'limit=1001',
  ...[
    { createdAt: '-271821-04-20T00:00:00Z', id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' },
    { createdAt: '2026-01-01T00:00:00Z', id: 'job_\u0000' },
    { createdAt: '2026-01-01T00:00:00Z', id: 42 },
    { createdAt: null, id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' },
  ].map((cursor) => `cursor=${Buffer.from(JSON.stringify(cursor)).toString('base64url')}`),
];

/** Body encodings and charsets a client may claim (falsely). */
const ODD_ENCODINGS: Array<Record<string, string>> = [
  { 'content-encoding': 'gzip' },
  { 'content-encoding': 'deflate' },
  { 'content-encoding': 'br' },
  { 'content-encoding': 'zstd' },
  { 'content-type': 'application/json; charset=utf-16' },
  { 'content-type': 'application/json; charset=latin1' },
  { 'content-type': 'application/json; charset=nonsense' },
  { 'content-type': 'application/merge-patch+json' },
  { 'content-type': 'multipart/form-data; boundary=x' },
  { 'content-type': 'text/plain' },
];

/** Dates `class-validator` calls ISO 8601 but `Date` cannot read, or that do not exist. */
const UNREADABLE_DATES = [
  '2026-W10',
  '2026-W10-3',
  '20260307',
  '2026-066',
  '20260307T143000Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2026-02-30',
  '2026-03-07T24:30:00Z',
  '0000-01-01',
];

interface Route {
  method: string;
  path: (workspaceId: string, jobId: string) => string;
  json: boolean;
}

const ROUTES: Route[] = [
  { method: 'POST', path: () => '/api/v1/calls/transcript', json: true },
  { method: 'POST', path: () => '/api/v1/calls/audio', json: true },
  { method: 'POST', path: () => '/api/v1/calls/audio-file', json: false },
  { method: 'POST', path: () => '/api/integrations/push-api/ingest', json: true },
  { method: 'GET', path: () => '/api/v1/jobs', json: false },
  { method: 'GET', path: () => '/api/v1/jobs/lookup', json: false },
  { method: 'POST', path: () => '/api/v1/jobs/retry', json: true },
  { method: 'GET', path: (_ws, job) => `/api/v1/jobs/${job}`, json: false },
  { method: 'GET', path: (_ws, job) => `/api/v1/jobs/${job}/logs`, json: false },
  { method: 'GET', path: (_ws, job) => `/api/v1/jobs/${job}/runs`, json: false },
  { method: 'POST', path: (_ws, job) => `/api/v1/jobs/${job}/retry`, json: true },
  { method: 'PATCH', path: (_ws, job) => `/api/v1/jobs/${job}/status`, json: true },
  { method: 'POST', path: (_ws, job) => `/api/v1/jobs/${job}/run-algorithms`, json: true },
  { method: 'GET', path: (ws) => `/api/v1/config/workspaces/${ws}`, json: false },
  { method: 'PATCH', path: (ws) => `/api/v1/config/workspaces/${ws}/webhooks`, json: true },
  { method: 'PATCH', path: (ws) => `/api/v1/config/workspaces/${ws}/ingestion`, json: true },
  { method: 'GET', path: () => '/api/v1/stats', json: false },
  { method: 'GET', path: () => '/api/v1/stats/by-organization', json: false },
  { method: 'GET', path: (_ws, job) => `/api/v1/jobs/${job}/transcript`, json: false },
  { method: 'GET', path: () => '/api/v1/auth/whoami', json: false },
  { method: 'GET', path: () => '/api/v1/health', json: false },
];

describe('a generated corpus of malformed requests', () => {
  let running: RunningStack;
  let api: ApiClient;
  let jobId: string;
  const failures: string[] = [];

  beforeAll(async () => {
    running = await startInProcessStack('corpus', { CALLSIGHT_RATE_LIMIT_PER_MINUTE: '100000' });
    api = running.api;
    jobId = (await api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: 'Rep: hi\nCustomer: hello' }))
      .body.job_id;
    // The snapshot must not catch the seeded job mid-pipeline: only malformed requests may differ.
    await waitFor(
      async () => (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body.status === 'completed',
      'the seeded job to complete',
    );
  });

  afterAll(async () => running?.stop());

  /** Everything a malformed request must not change. */
  const snapshot = async () => ({
    jobs: (await api.get<JobPage>('/api/v1/jobs?limit=100')).body.data.map((job) => [
      job.job_id,
      job.status,
      job.attempt,
    ]),
    config: (await api.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${running.workspaceId}`)).body,
  });

  const check = async (label: string, send: () => Promise<{ status: number; headers: Headers; text: string }>) => {
    const response = await send();
    if (response.status >= 500) failures.push(`${label} → ${response.status} ${response.text.slice(0, 200)}`);
    else if (response.status >= 400 && !/problem\+json/.test(response.headers.get('content-type') ?? ''))
      failures.push(`${label} → ${response.status} without problem+json`);
  };

  it('never answers 5xx, always answers errors as problem+json, and changes nothing', async () => {
    const before = await snapshot();
    const next = random(20261124);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    let sent = 0;

    for (const route of ROUTES) {
      const path = route.path(running.workspaceId, jobId);
      for (const raw of RAW_BODIES) {
        if (route.method === 'GET') break;
        await check(`#${sent++} ${route.method} ${path} raw ${JSON.stringify(raw.slice(0, 40))}`, () =>
          api.request(route.method, path, { raw, headers: { 'content-type': 'application/json' } }),
        );
      }
      for (let n = 0; n < 25 && route.method !== 'GET'; n += 1) {
        const body: Record<string, unknown> = {};
        for (let field = 0; field < 1 + Math.floor(next() * 4); field += 1) body[pick(FIELDS)] = pick(HOSTILE_VALUES);
        // Only malformed bodies here: a body that happens to be valid may change state, and is not what this test is about.
        if (route.path('', '').includes('/retry') || route.path('', '').includes('/status'))
          body.mode = body.status = pick([123, null, 'nonsense', []]);
        if (route.path('', '').includes('/calls/') || route.path('', '').includes('/push-api/'))
          body.transcript = pick([123, null, '', [], {}]);
        if (route.path('', '').includes('/config/')) body.unknown_field = pick(HOSTILE_VALUES);
        await check(`#${sent++} ${route.method} ${path} ${JSON.stringify(body).slice(0, 120)}`, () =>
          api.request(route.method, path, { body }),
        );
      }
      for (const query of QUERIES) {
        await check(`#${sent++} ${route.method} ${path}?${query}`, () =>
          api.request(
            route.method,
            `${path}?${query}`,
            route.method === 'GET' ? {} : { body: { mode: 7, status: 7, transcript: 7, unknown_field: 1 } },
          ),
        );
      }
      if (route.method !== 'GET') {
        await check(`#${sent++} ${route.method} ${path} bad content-type`, () =>
          api.request(route.method, path, { raw: '<xml/>', headers: { 'content-type': 'application/xml' } }),
        );
        for (const headers of ODD_ENCODINGS) {
          await check(`#${sent++} ${route.method} ${path} ${JSON.stringify(headers)}`, () =>
            api.request(route.method, path, {
              raw: '{"transcript": 7, "mode": 7, "status": 7}',
              headers: { 'content-type': 'application/json', ...headers },
            }),
          );
        }
        await check(`#${sent++} ${route.method} ${path} bad idempotency key`, () =>
          api.request(route.method, path, { body: { transcript: 1 }, headers: { 'Idempotency-Key': 'ä'.repeat(300) } }),
        );
      }
      await check(`#${sent++} ${route.method} ${path} garbage authorization`, () =>
        new ApiClient(api.baseUrl).request(route.method, path, {
          headers: { authorization: `Bearer ${'\u00ff'.repeat(50)}` },
        }),
      );
    }
    for (const id of ID_PATHS) {
      for (const suffix of ['', '/logs', '/runs'])
        await check(`#${sent++} GET /api/v1/jobs/${id.slice(0, 30)}${suffix}`, () =>
          api.get(`/api/v1/jobs/${id}${suffix}`),
        );
      await check(`#${sent++} PATCH config ${id.slice(0, 30)}`, () =>
        api.patch(`/api/v1/config/workspaces/${id}/webhooks`, { url: 'https://x.example' }),
      );
    }

    // A fresh key per Kendo request: that route allows a key only 30 requests a minute.
    const kendoKey = async () => (await running.workspaces.createKey(running.workspaceId, `dates-${sent}`)).key;
    for (const date of UNREADABLE_DATES) {
      for (const [path, body] of [
        ['/api/v1/calls/transcript', { transcript: 'Rep: hi', call_date: date }],
        ['/api/integrations/push-api/ingest', { transcript: 'Rep: hi', callDate: date }],
      ] as const) {
        const label = `#${sent++} POST ${path} date ${date}`;
        const response = await api.post(
          path,
          body,
          path.includes('push-api') ? { authorization: `Bearer ${await kendoKey()}` } : {},
        );
        if (response.status !== 400) failures.push(`${label} → ${response.status}, not 400`);
      }
    }

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(600);
    expect(await snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
