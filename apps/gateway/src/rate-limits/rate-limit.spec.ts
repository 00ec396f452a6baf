import { decide, windowStart } from './rate-limit';

describe('rate limit windows', () => {
  const at = Date.parse('2026-01-01T10:00:45.500Z');

  it('starts windows on the minute', () => {
    expect(windowStart(at).toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('allows up to the limit and says how many are left and when the window resets', () => {
    expect(decide(1, 30, at)).toEqual({ limit: 30, remaining: 29, resetSeconds: 15, allowed: true });
    expect(decide(30, 30, at)).toEqual({ limit: 30, remaining: 0, resetSeconds: 15, allowed: true });
    expect(decide(31, 30, at)).toEqual({ limit: 30, remaining: 0, resetSeconds: 15, allowed: false });
  });
});
