import type { HeadersObject } from '@nestjs/swagger';
import { WINDOW_SECONDS } from './rate-limit';

const count = { type: 'integer', minimum: 0 } as const;

export interface RateLimitHeaderDocs {
  /** Whether the route's policy adds X-RateLimit-* (RateLimitPolicy.xRateLimitHeaders). */
  xRateLimit?: boolean;
  /** A 429, which also says when to retry. */
  refused?: boolean;
  /** Whether every answer of this status carries them (false where one can come before the limiter runs). */
  required?: boolean;
}

/** The headers RateLimitGuard sets, as an OpenAPI response documents them. */
export function rateLimitHeaders({
  xRateLimit = false,
  refused = false,
  required = false,
}: RateLimitHeaderDocs): HeadersObject {
  const header = (description: string, schema: object = count) => ({
    description,
    ...(required && { required }),
    schema,
  });
  return {
    'RateLimit-Limit': header(`Requests this key may make in any ${WINDOW_SECONDS} s here`),
    'RateLimit-Remaining': header('Requests that would be admitted now'),
    'RateLimit-Reset': header('Seconds until the whole limit is available again'),
    'RateLimit-Policy': header(
      `The limit, its window and its bucket, e.g. \`100;w=${WINDOW_SECONDS};name="kestrel"\``,
      {
        type: 'string',
      },
    ),
    ...(xRateLimit && {
      'X-RateLimit-Limit': header('As RateLimit-Limit'),
      'X-RateLimit-Remaining': header('As RateLimit-Remaining'),
      'X-RateLimit-Reset': header('Unix time, in seconds, when the whole limit is available again'),
    }),
    ...(refused && {
      'Retry-After': { ...header('Seconds until a request will be admitted'), required: true as const },
    }),
  };
}
