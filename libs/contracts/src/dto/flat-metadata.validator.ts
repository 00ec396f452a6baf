import { registerDecorator, ValidationOptions } from 'class-validator';

export type FlatMetadata = Record<string, string | number | boolean | null>;

export const METADATA_LIMITS = { maxKeys: 50, maxKeyLength: 64, maxStringLength: 1000 } as const;

/** Returns why `value` is not flat key/value metadata within the limits, or null when it is. */
export function flatMetadataProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'must be an object of key/value pairs';
  const entries = Object.entries(value);
  if (entries.length > METADATA_LIMITS.maxKeys) return `must have at most ${METADATA_LIMITS.maxKeys} keys`;
  for (const [key, item] of entries) {
    if (key.length === 0 || key.length > METADATA_LIMITS.maxKeyLength)
      return `keys must be 1 to ${METADATA_LIMITS.maxKeyLength} characters`;
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number' && Number.isFinite(item)) continue;
    if (typeof item === 'string' && item.length <= METADATA_LIMITS.maxStringLength) continue;
    return `value of "${key}" must be a string of at most ${METADATA_LIMITS.maxStringLength} characters, a finite number, a boolean or null`;
  }
  return null;
}

export function IsFlatMetadata(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isFlatMetadata',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => flatMetadataProblem(value) === null,
        defaultMessage: (args) => `${args?.property} ${flatMetadataProblem(args?.value)}`,
      },
    });
}
