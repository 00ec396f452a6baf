import { ArgumentMetadata, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { DomainError, ErrorCodes, FieldError } from '@callsight/contracts';

/**
 * Constraints on the size of a value. A value of the wrong type fails them too (null is "not shorter
 * than 200 characters"), so they are told only when nothing else is wrong with the field.
 */
const SIZE_CONSTRAINTS = new Set([
  'minLength',
  'maxLength',
  'isLength',
  'min',
  'max',
  'arrayMinSize',
  'arrayMaxSize',
  'arrayNotEmpty',
]);

/**
 * The one thing to tell about a field: that it is missing, else what is wrong with its type or form,
 * else its size. class-validator runs every constraint and lists each failure, in decorator order
 * from the bottom up, so `transcript: null` would otherwise read as three errors, one about length.
 */
function fieldProblem(error: ValidationError): string | null {
  const constraints = error.constraints ?? {};
  const failed = Object.entries(constraints);
  if (failed.length === 0) return null;
  if (constraints.isDefined) return constraints.isDefined;
  if (constraints.whitelistValidation) return constraints.whitelistValidation;
  // Optional fields skip null and undefined, so a constraint failing on them means the field is required.
  if (error.value === undefined || error.value === null) return `${error.property} is required`;
  const [, message] = failed.find(([name]) => !SIZE_CONSTRAINTS.has(name)) ?? failed[0];
  return message;
}

/** Flattens class-validator's tree into `field.path: message` pairs, one per field that is wrong. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const message = fieldProblem(error);
    return message === null ? toFieldErrors(error.children ?? [], field) : [{ field, message }];
  });
}

export const validationFailed = (errors: ValidationError[]): DomainError =>
  new DomainError(ErrorCodes.validationFailed, 'The request is not valid', toFieldErrors(errors));

/**
 * Every body a DTO describes is a JSON object. An array would otherwise be read as an object
 * with the keys "0", "1", … and be told as "property 0 should not exist".
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value) && metadata.metatype && this.toValidate(metadata))
      throw new DomainError(ErrorCodes.validationFailed, 'The body must be a JSON object', [
        { field: 'body', message: 'must be a JSON object' },
      ]);
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** The one validation pipe used at every edge (HTTP and NATS): strict, whitelisting, errors as DomainError. */
export function createValidationPipe(overrides: ValidationPipeOptions = {}): ValidationPipe {
  return new ObjectBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    // Every constraint runs so that toFieldErrors can choose the one to tell; class-validator's own stop follows decorator order.
    stopAtFirstError: false,
    exceptionFactory: validationFailed,
    ...overrides,
  });
}
