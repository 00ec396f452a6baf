import { ArgumentsHost, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode, ErrorCodes, HTTP_STATUS_BY_CODE } from '@callsight/contracts';
import { DEPENDENCY_OUTAGE, toDomainError } from '@callsight/common/problem';

/** When a client may try again after a 503 (as ProblemDetailsFilter says it). */
const RETRY_AFTER_SECONDS = 5;

export interface VendorError {
  status: number;
  code: ErrorCode;
  message: string;
}

const logger = new Logger('Errors');

/**
 * An error on a vendor route as its status, code and one sentence, for the vendor's own error body: the
 * same mapping as problem+json (ProblemDetailsFilter), logged the same way, rendered differently.
 */
export function vendorErrorOf(exception: unknown, host: ArgumentsHost): VendorError {
  const request = host.switchToHttp().getRequest<Request & { id?: string }>();
  const where = { requestId: request.id, path: request.path };
  let error = toDomainError(exception);
  if (!error) {
    logger.error({ err: exception, ...where }, 'unhandled error');
    error = new DomainError(ErrorCodes.internal, 'Something went wrong on our side; contact support');
  }
  if (error === DEPENDENCY_OUTAGE)
    logger.warn({ err: exception, ...where }, 'a dependency is unavailable; answered 503');
  const fields =
    error.errors?.map(({ field, message }) => (message.startsWith(field) ? message : `${field}: ${message}`)) ?? [];
  return {
    status: HTTP_STATUS_BY_CODE[error.code],
    code: error.code,
    message: fields.length > 0 ? fields.slice(0, 20).join('; ') : error.message,
  };
}

/** Sends a vendor error body (JSON), with Retry-After on a 503 as everywhere else; nothing once headers are out. */
export function sendVendorError(host: ArgumentsHost, status: number, body: unknown): void {
  const response = host.switchToHttp().getResponse<Response>();
  if (response.headersSent) return;
  if (status === 503 && !response.getHeader('Retry-After'))
    response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  response.status(status).json(body);
}
