import { DEFAULT_RETRY_SCHEDULE_SECONDS, MAX_RETRY_AFTER_MS, nextAttemptDelayMs, retryAfterMs } from './retry-schedule';

const middle = () => 0.5;

describe('retry schedule', () => {
  it("follows Standard Webhooks' schedule: 10 attempts, the last about three days after the first", () => {
    const waits = DEFAULT_RETRY_SCHEDULE_SECONDS.map((_, index) =>
      nextAttemptDelayMs(DEFAULT_RETRY_SCHEDULE_SECONDS, index + 1, null, middle),
    );
    expect(waits).toEqual([5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400].map((s) => s * 1000));
    expect(nextAttemptDelayMs(DEFAULT_RETRY_SCHEDULE_SECONDS, 10, null, middle)).toBeNull();
    const total = waits.reduce((sum: number, wait) => sum + (wait ?? 0), 0) / 3_600_000;
    expect(total).toBeCloseTo(75.6, 1);
  });

  it('spreads each wait by at most 10% either way', () => {
    expect(nextAttemptDelayMs([300], 1, null, () => 0)).toBe(270_000);
    expect(nextAttemptDelayMs([300], 1, null, () => 0.999999)).toBeCloseTo(330_000, -2);
  });

  it("waits as long as a receiver's Retry-After asks, when longer, up to a day", () => {
    expect(nextAttemptDelayMs([5], 1, 60_000, middle)).toBe(60_000);
    expect(nextAttemptDelayMs([300], 1, 1_000, middle)).toBe(300_000);
    expect(nextAttemptDelayMs([5], 1, 10 * MAX_RETRY_AFTER_MS, middle)).toBe(MAX_RETRY_AFTER_MS);
    expect(nextAttemptDelayMs([5], 2, 60_000, middle)).toBeNull();
  });

  it('reads Retry-After as seconds or as an HTTP date, against a clock', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 12:01:30 GMT', now)).toBe(90_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(['30', '60'], now)).toBe(30_000);
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });
});
