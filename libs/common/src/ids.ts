import { createHash } from 'node:crypto';
import { monotonicFactory } from 'ulid';
import type { IdPrefix } from '@callsight/contracts';

const ulid = monotonicFactory();
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

export const newId = (prefix: IdPrefix): string => `${prefix}_${ulid().toLowerCase()}`;

/**
 * An id that the same parts always give (26 base-32 characters of their SHA-256, shaped like a ULID),
 * for a thing that must have one name however many times it is asked for.
 */
export function derivedId(prefix: IdPrefix, ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let bits = 0;
  let value = 0;
  let id = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && id.length < 26) {
      bits -= 5;
      id += CROCKFORD[(value >>> bits) & 31];
    }
    value &= (1 << bits) - 1;
    if (id.length === 26) break;
  }
  return `${prefix}_${id}`;
}
