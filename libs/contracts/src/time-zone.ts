/** How a refused zone is explained, on the stats routes' `tz` and in the configuration alike. */
export const TIME_ZONE_RULE = 'must be an IANA time zone such as America/New_York or UTC';

/**
 * A zone's name: letters first. Node 24's Intl also takes offsets (`+05:00`), which PostgreSQL's
 * AT TIME ZONE reads with the opposite sign (POSIX), so they are refused here.
 */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

/** True when `zone` is an IANA time zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 64 || !ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one spelling of a zone the runtime knows (`europe/berlin` → `Europe/Berlin`), so that a zone
 * written two ways is counted as one. Returns `zone` as given when the runtime does not know it.
 */
export function canonicalTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}
