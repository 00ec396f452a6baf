/**
 * Recognises "a dependency is down or restarting" (PostgreSQL, NATS) among the errors drivers throw,
 * so such a moment is answered as a retryable 503 rather than a 500 that looks like our bug.
 */

/** SQLSTATEs of a server that is shutting down, starting up, full, or whose connection broke (class 08). */
const PG_OUTAGE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** nats.js error codes: "503" is no responders. */
const NATS_CODES = new Set([
  '503',
  'TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DRAINING',
  'CONNECTION_REFUSED',
  'DISCONNECT',
]);
const OUTAGE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /is not queryable/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /no responders/i,
  /there are no subscribers listening to/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** True when the error, or what it wraps (TypeORM's driverError, a cause, an AggregateError's errors), is an outage. */
export function isDependencyOutage(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const like = error as ErrorLike;
  if (typeof like.code === 'string' && isOutageCode(like.code)) return true;
  if (typeof like.message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(like.message as string)))
    return true;
  const wrapped = [like.driverError, like.cause, ...(Array.isArray(like.errors) ? (like.errors as unknown[]) : [])];
  return wrapped.some((inner) => inner !== error && isDependencyOutage(inner, depth + 1));
}

const isOutageCode = (code: string): boolean =>
  PG_OUTAGE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || SOCKET_CODES.has(code) || NATS_CODES.has(code);
