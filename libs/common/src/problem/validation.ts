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

/** Enough to fix a request by; a body with thousands of wrong fields must not answer with thousands of errors. */
export const MAX_FIELD_ERRORS = 20;
/** A key or value may be megabytes long, and messages quote them. */
const MAX_FIELD_ERROR_CHARS = 200;

const clip = (text: string): string =>
  text.length > MAX_FIELD_ERROR_CHARS ? `${text.slice(0, MAX_FIELD_ERROR_CHARS)}…` : text;

/** A validation DomainError telling at most MAX_FIELD_ERRORS field errors, each of bounded length, and how many there were. */
export function fieldErrorsProblem(errors: FieldError[]): DomainError {
  const told = errors
    .slice(0, MAX_FIELD_ERRORS)
    .map(({ field, message }) => ({ field: clip(field), message: clip(message) }));
  const detail =
    errors.length > told.length
      ? `The request is not valid: ${errors.length} problems, the first ${told.length} listed`
      : 'The request is not valid';
  return new DomainError(ErrorCodes.validationFailed, detail, told);
}

export const validationFailed = (errors: ValidationError[]): DomainError => fieldErrorsProblem(toFieldErrors(errors));

/**
 * Names of Object.prototype members. class-transformer skips a key whose name is a method of the target
 * object, so such a key vanishes before validation: a DTO would never call it unknown, and a metadata
 * map would lose it without a word.
 */
const BUILT_IN_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Every key in `value`, at any depth, named after an Object.prototype member; walked without recursion. */
export function builtInKeyErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const pending: Array<[unknown, string]> = [[value, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item !== 'object' || item === null) continue;
    for (const [key, child] of Object.entries(item)) {
      const field = path ? `${path}.${key}` : key;
      if (BUILT_IN_NAMES.has(key))
        errors.push({
          field,
          message: path ? `the key ${key} is a reserved name` : `property ${key} should not exist`,
        });
      pending.push([child, field]);
    }
  }
  return errors;
}

/** Refuses a body holding keys named after Object.prototype members, before class-transformer drops them. */
export function refuseBuiltInKeys(value: unknown): void {
  const errors = builtInKeyErrors(value);
  if (errors.length > 0) throw fieldErrorsProblem(errors);
}

/** The arguments a DTO maps from an object of the client's keys. */
const OBJECT_ARGUMENTS = new Set<ArgumentMetadata['type']>(['body', 'query']);

/**
 * Every body a DTO describes is a JSON object. An array would otherwise be read as an object
 * with the keys "0", "1", … and be told as "property 0 should not exist". Keys named after
 * Object.prototype members are refused here, before mapping would drop them.
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!OBJECT_ARGUMENTS.has(metadata.type) || !metadata.metatype || !this.toValidate(metadata))
      return super.transform(value, metadata) as Promise<unknown>;
    if (metadata.type === 'body' && Array.isArray(value))
      throw new DomainError(ErrorCodes.validationFailed, 'The body must be a JSON object', [
        { field: 'body', message: 'must be a JSON object' },
      ]);
    refuseBuiltInKeys(value);
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
