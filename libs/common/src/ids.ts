import { createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { IdPrefix } from '@callsight/contracts';

const ulid = monotonicFactory();

export const newId = (prefix: IdPrefix): string => `${prefix}_${ulid().toLowerCase()}`;

/**
 * An id that the same parts always give (26 hex digits of their SHA-256, 104 bits, in the id pattern),
 * for a thing that must have one name however many times it is asked for.
 */
export const derivedId = (prefix: IdPrefix, ...parts: string[]): string =>
  `${prefix}_${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 26)}`;
