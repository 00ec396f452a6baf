import { decide, emissionIntervalMicros } from './rate-limit';

describe('GCRA rate-limit decisions', () => {
  const now = Date.parse('2026-01-01T10:00:45.500Z');

  it('spaces requests by the window over the limit, in whole microseconds that never add up to more than a window', () => {
    expect(emissionIntervalMicros(30)).toBe(2_000_000);
    for (const limit of [1, 7, 30, 600, 7000]) expect(emissionIntervalMicros(limit) * limit).toBeLessThanOrEqual(60e6);
  });

  it('after a first request, leaves the rest of the limit and resets once that request has drained', () => {
    expect(decide({ allowed: true, tatMs: now + 2000 }, now, 30)).toEqual({
      limit: 30,
      remaining: 29,
      resetSeconds: 2,
      retryAfterSeconds: null,
      allowed: true,
    });
  });

  it('after a burst of the whole limit, leaves nothing and resets a window later', () => {
    expect(decide({ allowed: true, tatMs: now + 60_000 }, now, 30)).toMatchObject({ remaining: 0, resetSeconds: 60 });
  });

  it('tells a refused request to retry when one interval has drained', () => {
    expect(decide({ allowed: false, tatMs: now + 60_000 }, now, 30)).toEqual({
      limit: 30,
      remaining: 0,
      resetSeconds: 60,
      retryAfterSeconds: 2,
      allowed: false,
    });
    expect(decide({ allowed: false, tatMs: now + 59_000.5 }, now, 30).retryAfterSeconds).toBe(2);
    expect(decide({ allowed: false, tatMs: now + 58_500 }, now, 30).retryAfterSeconds).toBe(1);
  });

  it('counts capacity that drained while the key was idle', () => {
    expect(decide({ allowed: true, tatMs: now + 30_000 }, now, 30)).toMatchObject({ remaining: 15, resetSeconds: 30 });
  });

  it('never advertises more than the limit, whatever the stored time', () => {
    expect(decide({ allowed: true, tatMs: now - 5_000 }, now, 30)).toMatchObject({ remaining: 30, resetSeconds: 0 });
  });
});
