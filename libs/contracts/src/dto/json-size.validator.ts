import { registerDecorator, ValidationOptions } from 'class-validator';

/** Bytes of `value` as JSON; Infinity when it cannot be serialised. */
export function jsonBytes(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return Infinity;
  }
}

/** Any JSON value, as long as it serialises to at most `maxBytes`: free-form values still have a bound. */
export function JsonSizeAtMost(maxBytes: number, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'jsonSizeAtMost',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => jsonBytes(value) <= maxBytes,
        defaultMessage: (args) => `${args?.property} must be at most ${maxBytes} bytes as JSON`,
      },
    });
}
