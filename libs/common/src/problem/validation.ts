import { ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { DomainError, ErrorCodes, FieldError } from '@callsight/contracts';

/** Flattens class-validator's tree into `field.path: message` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export const validationFailed = (errors: ValidationError[]): DomainError =>
  new DomainError(ErrorCodes.validationFailed, 'The request is not valid', toFieldErrors(errors));

/** The one validation pipe used at every edge (HTTP and NATS): strict, whitelisting, errors as DomainError. */
export function createValidationPipe(overrides: ValidationPipeOptions = {}): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    stopAtFirstError: false,
    exceptionFactory: validationFailed,
    ...overrides,
  });
}
