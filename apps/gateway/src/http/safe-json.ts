import type { NextFunction, Request, Response } from 'express';
import { DomainError, ErrorCodes } from '@callsight/contracts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Text PostgreSQL cannot store (NUL) or that is not valid Unicode (an unpaired surrogate). */
export const isUnstorableText = (value: string): boolean => value.includes('\u0000') || !value.isWellFormed();

/**
 * JSON.parse reviver for request bodies: refuses keys that reach object prototypes (they break
 * class-transformer and invite prototype pollution) and text the database cannot store, so such
 * bodies are a 400 instead of an error deep inside a service.
 */
export function safeJsonReviver(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new SyntaxError(`the key "${key}" is not allowed`);
  // Keys are text the database stores too (metadata keys become jsonb keys).
  if (isUnstorableText(key) || (typeof value === 'string' && isUnstorableText(value)))
    throw new SyntaxError('text must be valid Unicode without NUL characters');
  return value;
}

function unstorable(value: unknown): boolean {
  if (typeof value === 'string') return isUnstorableText(value);
  if (Array.isArray(value)) return value.some(unstorable);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([key, item]) => FORBIDDEN_KEYS.has(key) || unstorable(key) || unstorable(item));
  return false;
}

/** The same rule for the query string and the path. */
export function rejectUnstorableInput(request: Request, _response: Response, next: NextFunction): void {
  let path: string;
  try {
    path = decodeURIComponent(request.path);
  } catch {
    return next(new DomainError(ErrorCodes.badRequest, 'The path is not valid percent-encoded text'));
  }
  if (isUnstorableText(path) || unstorable(request.query))
    return next(
      new DomainError(
        ErrorCodes.badRequest,
        'The path or query contains text that is not valid Unicode, NUL characters or forbidden keys',
      ),
    );
  next();
}
