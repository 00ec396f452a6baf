import { SetMetadata } from '@nestjs/common';
import type { ApiKeyPlan } from '@callsight/contracts';

/**
 * Which limit a route draws from: its own fixed limit if it has one (the Kendo route's 30 a minute), or
 * one by the key's plan (KestrelVoice's tiers), else the workspace's. `xRateLimitHeaders` adds the
 * X-RateLimit-* headers a vendor's integrations may read beside the RateLimit-* ones.
 */
export interface RateLimitPolicy {
  bucket: string;
  limitPerMinute?: number;
  limitByPlan?: Readonly<Record<ApiKeyPlan, number>>;
  xRateLimitHeaders?: boolean;
}

export const RATE_LIMIT = 'callsight:rate-limit';
export const RateLimit = (policy: RateLimitPolicy) => SetMetadata(RATE_LIMIT, policy);

export const WINDOW_SECONDS = 60;
const WINDOW_MICROS = WINDOW_SECONDS * 1_000_000;

/** Time as the rate limiter sees it; injectable so tests can cross a minute without waiting one. */
export interface RateLimitClock {
  now(): number;
}
export const RATE_LIMIT_CLOCK = Symbol('RATE_LIMIT_CLOCK');

/**
 * GCRA: each request moves a key's theoretical arrival time (TAT) one emission interval into the
 * future, and a request is admitted while that stays within one window of now. So at most `limit`
 * requests fit in any 60 s, burst or not, wherever the minute boundary falls. Whole microseconds,
 * rounded down, so that `limit` intervals never add up to more than the window.
 */
export const emissionIntervalMicros = (limit: number): number => Math.floor(WINDOW_MICROS / limit);

/** What the store answered: the TAT after this request if admitted, else the TAT that refused it. */
export interface GcraOutcome {
  allowed: boolean;
  tatMs: number;
}

export interface RateLimitDecision {
  limit: number;
  /** Requests that would be admitted right now. */
  remaining: number;
  /** Seconds until the whole limit is available again. */
  resetSeconds: number;
  /** Seconds until a refused request would be admitted. */
  retryAfterSeconds: number | null;
  allowed: boolean;
}

export function decide(outcome: GcraOutcome, nowMs: number, limit: number): RateLimitDecision {
  const intervalMs = emissionIntervalMicros(limit) / 1000;
  const usedMs = Math.max(0, outcome.tatMs - nowMs);
  const freeMs = WINDOW_SECONDS * 1000 - usedMs;
  return {
    limit,
    remaining: Math.min(limit, Math.max(0, Math.floor(freeMs / intervalMs))),
    resetSeconds: Math.ceil(usedMs / 1000),
    retryAfterSeconds: outcome.allowed ? null : Math.max(1, Math.ceil((intervalMs - freeMs) / 1000)),
    allowed: outcome.allowed,
  };
}
