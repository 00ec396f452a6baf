import type { NextFunction, Request, Response } from 'express';
import { DomainError, ErrorCodes } from '@callsight/contracts';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/** Bodies must be JSON: anything else would silently arrive as an empty body and fail validation confusingly. */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  if (!WITH_BODY.has(request.method) || !hasBody(request) || request.is(['application/json', 'application/*+json'])) return next();
  next(new DomainError(ErrorCodes.unsupportedMediaType, `Send the body as application/json (got ${request.headers['content-type'] ?? 'no content type'})`));
}
