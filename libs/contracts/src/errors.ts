/** Stable error codes shared by every service and surfaced as the `code` of problem+json bodies. */
export const ErrorCodes = {
  validationFailed: 'validation_failed',
  badRequest: 'bad_request',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  notFound: 'not_found',
  routeNotFound: 'route_not_found',
  methodNotAllowed: 'method_not_allowed',
  conflict: 'conflict',
  idempotencyKeyReused: 'idempotency_key_reused',
  payloadTooLarge: 'payload_too_large',
  rangeNotSatisfiable: 'range_not_satisfiable',
  unsupportedMediaType: 'unsupported_media_type',
  rateLimited: 'rate_limited',
  serviceUnavailable: 'service_unavailable',
  egressDenied: 'egress_denied',
  internal: 'internal_error',
} as const;
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  range_not_satisfiable: 416,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_unavailable: 503,
  egress_denied: 422,
  internal_error: 500,
};

export interface FieldError {
  field: string;
  message: string;
}

/** What crosses a NATS reply when a command or query is refused. */
export interface SerializedDomainError {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
}

/** An expected failure with a stable code; thrown by services, rendered as problem+json at the edge. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** Extra members for the HTTP problem body (RFC 9457 extensions); not sent between services. */
    readonly extensions?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError(ErrorCodes.notFound, `${what} was not found`);
  }

  toJSON(): SerializedDomainError {
    return { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
  }

  static isSerialized(value: unknown): value is SerializedDomainError {
    if (typeof value !== 'object' || value === null) return false;
    const candidate = value as Record<string, unknown>;
    return (
      typeof candidate.code === 'string' &&
      candidate.code in HTTP_STATUS_BY_CODE &&
      typeof candidate.message === 'string'
    );
  }

  static fromSerialized(value: SerializedDomainError): DomainError {
    return new DomainError(value.code, value.message, value.errors);
  }
}
