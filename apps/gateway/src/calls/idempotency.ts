import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { stringify } from 'safe-stable-stringify';
import { DomainError, ErrorCodes } from '@callsight/contracts';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The Idempotency-Key header (printable ASCII, at most 255 characters), or undefined when absent. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value)) {
    throw new DomainError(
      ErrorCodes.validationFailed,
      'The Idempotency-Key header must be 1 to 255 printable ASCII characters',
      [{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }],
    );
  }
  return value;
});

/** What identifies "the same request" for an Idempotency-Key: the route and the body, key order aside. */
export const requestHash = (route: string, body: unknown): string =>
  createHash('sha256')
    .update(`${route}\n${stringify(body) ?? ''}`)
    .digest('hex');
