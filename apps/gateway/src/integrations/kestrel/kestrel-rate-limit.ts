import type { HeadersObject } from '@nestjs/swagger';
import { KESTREL_REQUESTS_PER_MINUTE } from '@callsight/contracts';
import { RateLimit, RateLimitPolicy } from '../../rate-limits/rate-limit';
import { rateLimitHeaders } from '../../rate-limits/rate-limit-headers';

/**
 * KestrelVoice's routes share one bucket of their own, limited by the key's plan, so a KestrelVoice
 * integration neither spends nor is starved by the key's native /api/v1 requests. Its reference names no
 * header, so the de facto X-RateLimit-* go beside the gateway's RateLimit-* (docs/decisions.md).
 */
export const KESTREL_RATE_LIMIT: RateLimitPolicy = {
  bucket: 'kestrel',
  limitByPlan: KESTREL_REQUESTS_PER_MINUTE,
  xRateLimitHeaders: true,
};

/** On every KestrelVoice controller (`/v1/...`). */
export const KestrelRateLimit = () => RateLimit(KESTREL_RATE_LIMIT);

/**
 * The rate-limit headers of a KestrelVoice answer with this status: none on a 401 (no key, so no plan or
 * bucket to describe); always on a 200 and a 429; on the other errors whenever the key was known.
 */
export function kestrelRateLimitHeaders(status: number): HeadersObject | undefined {
  if (status === 401) return undefined;
  return rateLimitHeaders({ xRateLimit: true, refused: status === 429, required: status < 300 || status === 429 });
}
