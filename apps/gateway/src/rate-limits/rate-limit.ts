import { SetMetadata } from '@nestjs/common';

/** Which counter a route draws from, and its own fixed limit if it has one (the Kendo route's 30 a minute). */
export interface RateLimitPolicy {
  bucket: string;
  limitPerMinute?: number;
}

export const RATE_LIMIT = 'callsight:rate-limit';
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT, policy);

export const WINDOW_SECONDS = 60;

export interface RateLimitDecision {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  allowed: boolean;
}

/** Fixed one-minute windows: simple to share between replicas through one counter row per key, bucket and minute. */
export function windowStart(now: number): Date {
  return new Date(Math.floor(now / (WINDOW_SECONDS * 1000)) * WINDOW_SECONDS * 1000);
}

export function decide(count: number, limit: number, now: number): RateLimitDecision {
  const resetSeconds = Math.max(1, Math.ceil((windowStart(now).getTime() + WINDOW_SECONDS * 1000 - now) / 1000));
  return { limit, remaining: Math.max(0, limit - count), resetSeconds, allowed: count <= limit };
}
