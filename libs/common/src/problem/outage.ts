import { ErrorCodes } from '@callsight/contracts';

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
export function isDependencyOutage(error: unknown): boolean {
  return findsOutage(error, isOutageCode, 0);
}

/**
 * True while something of ours is unavailable for now: PostgreSQL or NATS, or another service that did not
 * answer in time or answered `service_unavailable` (what RpcClient throws then). Bare socket errors are left
 * out: a remote host (an audio URL, a speech vendor) gives those too, and its failure is a real one.
 */
export function isInternalUnavailability(error: unknown): boolean {
  return findsOutage(error, isInternalOutageCode, 0);
}

function findsOutage(error: unknown, isOutage: (code: string) => boolean, depth: number): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const like = error as ErrorLike;
  if (typeof like.code === 'string' && isOutage(like.code)) return true;
  if (typeof like.message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(like.message as string)))
    return true;
  const wrapped = [like.driverError, like.cause, ...(Array.isArray(like.errors) ? (like.errors as unknown[]) : [])];
  return wrapped.some((inner) => inner !== error && findsOutage(inner, isOutage, depth + 1));
}

const isInternalOutageCode = (code: string): boolean =>
  PG_OUTAGE_STATES.has(code) ||
  /^08[0-9A-Z]{3}$/.test(code) ||
  NATS_CODES.has(code) ||
  code === ErrorCodes.serviceUnavailable;

const isOutageCode = (code: string): boolean => isInternalOutageCode(code) || SOCKET_CODES.has(code);
