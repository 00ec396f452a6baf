import type { ApiKeyPlan, ApiKeyScope, WhoAmI } from '@callsight/contracts';
import { RATE_LIMIT_CLOCK, RateLimitClock } from '../../apps/gateway/src/rate-limits/rate-limit';
import { ApiClient, ApiResponse } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

/**
 * KestrelVoice's routes limit each key by its plan (personal 100, business 500, business_plus 1000 a
 * minute), in a bucket of their own, and say so on every answer to a known key. The gateway's rate-limit
 * clock stands still, so nothing drains while a test spends a bucket.
 */
describe('KestrelVoice rate limits by plan', () => {
  const NOW = Date.parse('2030-01-01T10:00:00.250Z');
  /** What the native API allows a key of this workspace: far below the Personal plan, so sharing would show. */
  const NATIVE_LIMIT = 5;
  let running: RunningStack;
  let workspaceId: string;
  let clock: RateLimitClock;

  beforeAll(async () => {
    running = await startInProcessStack('kestrelplans');
    clock = running.stack.gateway.get<RateLimitClock>(RATE_LIMIT_CLOCK);
    clock.now = () => NOW;
    workspaceId = (await running.workspaces.createWorkspace('plans')).id;
    await running.workspaces.setRateLimit(workspaceId, NATIVE_LIMIT);
  });

  afterAll(async () => running?.stop());

  const keyFor = async (plan: ApiKeyPlan, scopes?: ApiKeyScope[]) => {
    const created = await running.workspaces.createKey(workspaceId, plan, scopes, plan);
    return { id: created.id, api: running.api.withKey(created.key) };
  };

  async function spend(api: ApiClient, requests: number): Promise<ApiResponse[]> {
    const responses: ApiResponse[] = [];
    for (let n = 0; n < requests; n += 1) responses.push(await api.get('/v1/calls?limit=1'));
    return responses;
  }

  const statuses = (responses: ApiResponse[]) => [...new Set(responses.map((response) => response.status))];

  /** Every rate-limit header of a KestrelVoice answer, as the key's bucket stands after it. */
  const limitHeaders = (response: ApiResponse) =>
    Object.fromEntries(
      [
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
        'ratelimit-policy',
        'x-ratelimit-limit',
        'x-ratelimit-remaining',
        'x-ratelimit-reset',
        'retry-after',
      ].map((name) => [name, response.headers.get(name)]),
    );

  /** One request moves the bucket 600 ms on at 100 a minute: that much more to wait before all is back. */
  const personal = (remaining: number, usedSeconds: number, retryAfter: string | null = null) => ({
    'ratelimit-limit': '100',
    'ratelimit-remaining': String(remaining),
    'ratelimit-reset': String(usedSeconds),
    'ratelimit-policy': '100;w=60;name="kestrel"',
    'x-ratelimit-limit': '100',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.ceil(NOW / 1000) + usedSeconds),
    'retry-after': retryAfter,
  });

  it('refuses a Personal key its 101st request in a minute, in KestrelVoice’s error body, and says when to retry', async () => {
    const { api } = await keyFor('personal');
    const first = await api.get('/v1/calls?limit=1');
    expect(first.status).toBe(200);
    expect(limitHeaders(first)).toEqual(personal(99, 1));

    const rest = await spend(api, 99);
    expect(statuses(rest)).toEqual([200]);
    expect(limitHeaders(rest[98])).toEqual(personal(0, 60));

    const refused = await api.get('/v1/calls?limit=1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(refused.body).toEqual({
      error: { status: 429, code: 'rate_limited', message: match.stringMatching('100 requests a minute') },
    });
    // The clock stands still: a request is admitted again once one interval (600 ms) has drained.
    expect(limitHeaders(refused)).toEqual(personal(0, 60, '1'));
    expect((await api.get('/v1/calls/call_01jd5f3k1q8m2x7c9v4b6n0p3r')).status).toBe(429);
  });

  it('lets a Business key past 100, to 500', async () => {
    const { api } = await keyFor('business');
    const responses = await spend(api, 150);
    expect(statuses(responses)).toEqual([200]);
    expect(responses[149].headers.get('ratelimit-limit')).toBe('500');
    expect(responses[149].headers.get('ratelimit-remaining')).toBe('350');
    expect(responses[149].headers.get('ratelimit-policy')).toBe('500;w=60;name="kestrel"');
  });

  it('says the limit on a 400, a 404 and a 403, each counted, in KestrelVoice’s error body', async () => {
    const { api } = await keyFor('personal');
    const invalid = await api.get('/v1/calls?limit=0');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ error: { status: 400, code: 'validation_failed', message: match.any(String) } });
    expect(limitHeaders(invalid)).toEqual(personal(99, 1));

    const missing = await api.get('/v1/calls/call_01jd5f3k1q8m2x7c9v4b6n0p3r');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { status: 404, code: 'not_found', message: match.any(String) } });
    expect(limitHeaders(missing)).toEqual(personal(98, 2));

    const { api: writer } = await keyFor('personal', ['calls:write']);
    const forbidden = await writer.get('/v1/calls');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({ error: { status: 403, code: 'forbidden', message: match.any(String) } });
    expect(limitHeaders(forbidden)).toEqual(personal(99, 1));
  });

  it('sends no rate-limit headers on a 401: without a key there is no plan or bucket to describe', async () => {
    const anonymous = new ApiClient(running.api.baseUrl);
    for (const response of [
      await anonymous.get('/v1/calls'),
      await running.api.withKey('cs_live_nope').get('/v1/calls'),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { status: 401, code: 'unauthenticated', message: match.any(String) } });
      expect(limitHeaders(response)).toEqual(
        Object.fromEntries(Object.keys(personal(0, 0)).map((name) => [name, null])),
      );
    }
  });

  it('keeps the KestrelVoice, Kridtech and native buckets apart', async () => {
    const { api } = await keyFor('personal');
    expect(statuses(await spend(api, 101))).toEqual([200, 429]);

    const native = await api.get<WhoAmI>('/api/v1/auth/whoami');
    expect(native.status).toBe(200);
    expect(native.body.plan).toBe('personal');
    expect(native.headers.get('ratelimit-policy')).toBe(`${NATIVE_LIMIT};w=60;name="api"`);
    expect(native.headers.get('ratelimit-remaining')).toBe(String(NATIVE_LIMIT - 1));
    expect(native.headers.get('x-ratelimit-limit')).toBeNull();

    const kridtech = await api.get('/api/calls');
    expect(kridtech.status).toBe(200);
    expect(kridtech.headers.get('ratelimit-policy')).toBe(`${NATIVE_LIMIT};w=60;name="kridtech"`);
    expect(kridtech.headers.get('ratelimit-remaining')).toBe(String(NATIVE_LIMIT - 1));

    // Spending the native bucket leaves KestrelVoice's where it was.
    const { api: fresh } = await keyFor('personal');
    for (let n = 0; n < NATIVE_LIMIT; n += 1) expect((await fresh.get('/api/v1/auth/whoami')).status).toBe(200);
    expect((await fresh.get('/api/v1/auth/whoami')).status).toBe(429);
    expect(limitHeaders(await fresh.get('/v1/calls'))).toEqual(personal(99, 1));
  });

  it('applies a new plan from the next request, the requests already made costing what they did', async () => {
    const { id, api } = await keyFor('personal');
    expect(statuses(await spend(api, 101))).toEqual([200, 429]);
    await running.workspaces.setKeyPlan(id, 'business_plus');
    expect((await api.get<WhoAmI>('/api/v1/auth/whoami')).body.plan).toBe('business_plus');
    // 600 ms later a Personal key would get one request; at 1,000 a minute each costs 60 ms, so ten.
    clock.now = () => NOW + 600;
    try {
      const responses = await spend(api, 11);
      expect(responses.map((response) => response.status)).toEqual([...Array<number>(10).fill(200), 429]);
      expect(responses[10].headers.get('ratelimit-limit')).toBe('1000');
    } finally {
      clock.now = () => NOW;
    }
  });
});
