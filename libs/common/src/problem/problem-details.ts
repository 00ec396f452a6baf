import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, ErrorCode, ErrorCodes, FieldError, HTTP_STATUS_BY_CODE } from '@callsight/contracts';
import { isDependencyOutage } from './outage';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with a stable `code` and the request id for support. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  request_id?: string;
  errors?: FieldError[];
}

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Validation failed',
  bad_request: 'Bad request',
  unauthenticated: 'Authentication required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  route_not_found: 'No such route',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  idempotency_key_reused: 'Idempotency key reused',
  payload_too_large: 'Payload too large',
  range_not_satisfiable: 'Range not satisfiable',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  service_unavailable: 'Service unavailable',
  egress_denied: 'Destination not allowed',
  internal_error: 'Internal error',
};

export const problemType = (code: ErrorCode): string => `urn:callsight:problem:${code}`;

/** The problem for a DomainError; its extension members (e.g. the job_id a 503 from a submission may have created) come first, so they cannot replace the standard ones. */
export function problemFromDomainError(
  error: DomainError,
): Omit<ProblemDetails, 'instance' | 'request_id'> & Record<string, unknown> {
  return {
    ...error.extensions,
    type: problemType(error.code),
    title: TITLES[error.code],
    status: HTTP_STATUS_BY_CODE[error.code],
    code: error.code,
    detail: error.message,
    ...(error.errors?.length ? { errors: error.errors } : {}),
  };
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: ErrorCodes.badRequest,
  401: ErrorCodes.unauthenticated,
  403: ErrorCodes.forbidden,
  404: ErrorCodes.notFound,
  405: ErrorCodes.methodNotAllowed,
  409: ErrorCodes.conflict,
  413: ErrorCodes.payloadTooLarge,
  415: ErrorCodes.unsupportedMediaType,
  429: ErrorCodes.rateLimited,
  503: ErrorCodes.serviceUnavailable,
};

/** Errors raised by body parsers and other express middleware carry an http-errors status. */
interface HttpErrorLike {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  message?: string;
}

const CLIENT_ERROR_DETAILS: Record<string, string> = {
  'entity.parse.failed':
    'The request body is not valid JSON, or holds keys or text that are not accepted (__proto__, constructor, prototype; NUL characters; unpaired surrogates)',
  'entity.too.large': 'The request body is larger than this route accepts',
  'encoding.unsupported': 'The request body encoding is not supported',
  'charset.unsupported': 'The request body charset is not supported',
  'request.aborted': 'The request was aborted',
};

/** What an outage of PostgreSQL or NATS is answered with: retryable, and not our bug. */
export const DEPENDENCY_OUTAGE = new DomainError(
  ErrorCodes.serviceUnavailable,
  'A service needed for this request is not available; try again shortly',
);

/** Maps anything thrown while handling a request to a DomainError; null when it is a fault of ours. */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof HttpException) return fromHttpException(error);
  if (isDependencyOutage(error)) return DEPENDENCY_OUTAGE;
  const like = error as HttpErrorLike;
  const status = like?.status ?? like?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  const code = CODE_BY_STATUS[status] ?? ErrorCodes.badRequest;
  const detail =
    (like.type && CLIENT_ERROR_DETAILS[like.type]) ?? (like.expose && like.message ? like.message : TITLES[code]);
  return new DomainError(code, detail);
}

function fromHttpException(error: HttpException): DomainError | null {
  const status = error.getStatus();
  if (status >= 500 && status !== (HttpStatus.SERVICE_UNAVAILABLE as number)) return null;
  const code = CODE_BY_STATUS[status] ?? ErrorCodes.badRequest;
  const response = error.getResponse();
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = typeof message === 'string' ? message : Array.isArray(message) ? message.join('; ') : TITLES[code];
  return new DomainError(code, detail);
}
