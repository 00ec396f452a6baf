import type { NextFunction, Request, Response } from 'express';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { jsonShapeProblem } from './json-shape';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** Routes that take a multipart upload instead of JSON. */
export const MULTIPART_ROUTES = new Set(['/api/v1/calls/audio-file']);

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/** Bodies must be JSON (or multipart where a route takes uploads): anything else would arrive empty and fail validation confusingly. */
export function requireJsonBody(request: Request, _response: Response, next: NextFunction): void {
  if (!WITH_BODY.has(request.method) || !hasBody(request)) return next();
  if (MULTIPART_ROUTES.has(request.path)) {
    if (request.is('multipart/form-data')) return next();
    return next(
      new DomainError(
        ErrorCodes.unsupportedMediaType,
        `Send the upload as multipart/form-data (got ${request.headers['content-type'] ?? 'no content type'})`,
      ),
    );
  }
  if (request.is(['application/json', 'application/*+json'])) return next();
  next(
    new DomainError(
      ErrorCodes.unsupportedMediaType,
      `Send the body as application/json (got ${request.headers['content-type'] ?? 'no content type'})`,
    ),
  );
}

interface BodyParserError {
  type?: string;
  body?: unknown;
}

/**
 * The JSON parser refuses a body that is a bare string, number or null with the message of a syntax
 * error ("Unexpected token"), which is wrong about valid JSON; say what is wrong instead. Other parse
 * errors go on to the problem filter as they are.
 */
export function explainBodyParseError(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const { type, body } = (error ?? {}) as BodyParserError;
  const scalar = type === 'entity.parse.failed' && typeof body === 'string' && /^\s*[^\s{[]/.test(body);
  if (!scalar) return next(error);
  next(
    new DomainError(ErrorCodes.validationFailed, 'The body must be a JSON object', [
      { field: 'body', message: 'must be a JSON object' },
    ]),
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body parser's `verify` hook: runs on the raw bytes before JSON.parse. JSON between systems is
 * UTF-8 (RFC 8259), and invalid bytes would otherwise be stored as U+FFFD without a word; the shape
 * check bounds what parsing, mapping and validation can cost, whatever the body holds.
 */
export function verifyJsonBody(_request: Request, _response: Response, body: Buffer, encoding: string): void {
  if (!/^utf-?8$/i.test(encoding))
    throw new DomainError(ErrorCodes.unsupportedMediaType, `Send JSON as UTF-8 (got charset ${encoding})`);
  try {
    strictUtf8.decode(body);
  } catch {
    throw new DomainError(ErrorCodes.badRequest, 'The request body is not valid UTF-8');
  }
  const problem = jsonShapeProblem(body);
  if (problem) throw new DomainError(ErrorCodes.payloadTooLarge, `The JSON body ${problem}`);
}
