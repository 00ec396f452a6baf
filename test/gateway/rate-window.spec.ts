import { RATE_LIMIT_CLOCK, RateLimitClock } from '../../apps/gateway/src/rate-limits/rate-limit';
import { ApiClient, ApiResponse } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

/**
 * The limit holds over any 60 s, not per calendar minute: a fixed window let a full burst through
 * at 10:00:59 and another at 10:01:00. Time is the gateway's injected rate-limit clock, set per step.
 */
describe('rate limit across a minute boundary', () => {
  const LIMIT = 10;
  const beforeBoundary = Date.parse('2030-01-01T10:00:59.000Z');
  let running: RunningStack;
  let clock: RateLimitClock;
  let client: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('ratewindow');
    clock = running.stack.gateway.get<RateLimitClock>(RATE_LIMIT_CLOCK);
    const workspace = await running.workspaces.createWorkspace(`window-${Date.now()}`);
    await running.workspaces.setRateLimit(workspace.id, LIMIT);
    client = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'burst')).key);
  });

  afterAll(async () => running?.stop());

  async function burstAt(at: number, requests: number): Promise<ApiResponse[]> {
    clock.now = () => at;
    const responses: ApiResponse[] = [];
    for (let n = 0; n < requests; n += 1) responses.push(await client.get('/api/v1/auth/whoami'));
    return responses;
  }

  const admitted = (responses: ApiResponse[]) => responses.filter((response) => response.status === 200).length;

  it('admits no more than the limit in bursts on either side of the minute, and says when to retry', async () => {
    const first = await burstAt(beforeBoundary, LIMIT * 2);
    expect(admitted(first)).toBe(LIMIT);
    expect(first[LIMIT - 1].headers.get('ratelimit-remaining')).toBe('0');

    const second = await burstAt(beforeBoundary + 1500, LIMIT * 2);
    expect(admitted(second)).toBe(0);
    const refused = second[0];
    expect(refused.status).toBe(429);
    // One request drains every 6 s; 1.5 s of it has passed.
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('ratelimit-reset')).toBe('59');
    expect(refused.headers.get('ratelimit-limit')).toBe(String(LIMIT));
  });

  it('admits again as the earlier requests drain, one per interval', async () => {
    const afterRetry = await burstAt(beforeBoundary + 6000, 3);
    expect(afterRetry.map((response) => response.status)).toEqual([200, 429, 429]);
    const fullyDrained = await burstAt(beforeBoundary + 6000 + 60_000, LIMIT + 1);
    expect(admitted(fullyDrained)).toBe(LIMIT);
  });
});
