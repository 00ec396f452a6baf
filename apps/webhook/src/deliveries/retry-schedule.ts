/**
 * The Standard Webhooks schedule: after the first attempt (at once), retries 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 14 h, 20 h and 24 h after each failure: 10 attempts over about three days (75.6 h).
 */
export const DEFAULT_RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400];

/** Each wait is spread by up to this share either way, so endpoints that failed together do not all retry together. */
export const JITTER = 0.1;

/** A receiver's Retry-After is followed up to this; beyond it the schedule's own wait applies. */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/**
 * When the next attempt is due after `attemptsMade` failed ones, or null when the schedule is used up.
 * A Retry-After (429 or 503) that asks for longer than the schedule is honoured.
 */
export function nextAttemptDelayMs(
  scheduleSeconds: readonly number[],
  attemptsMade: number,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number | null {
  const delay = scheduleSeconds[attemptsMade - 1];
  if (delay === undefined) return null;
  const jittered = Math.round(delay * 1000 * (1 + JITTER * (2 * random() - 1)));
  return retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
}

/** A Retry-After header in milliseconds from `now` (delay-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date is always in GMT; anything else (a negative number, a bare date) is not one.
  const at = /GMT$/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
