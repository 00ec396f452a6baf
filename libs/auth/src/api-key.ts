import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * API keys look like `cs_live_<32 base62 chars><6 base62 checksum chars>`: recognisable by secret
 * scanners, and a typo is rejected by its checksum before any database look-up. Only the SHA-256
 * of a key is stored; keys are 190 bits of randomness, so a slow hash would add nothing.
 */
export const API_KEY_PREFIX = 'cs_live_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SHOWN_LENGTH = API_KEY_PREFIX.length + 4;
const KEY_PATTERN = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`);

export interface IssuedApiKey {
  /** The whole key: shown once, never stored. */
  key: string;
  /** The first characters, stored and shown so people can tell their keys apart. */
  prefix: string;
  hash: string;
}

function base62(value: number, length: number): string {
  let out = '';
  for (let rest = value; out.length < length; rest = Math.floor(rest / 62)) out = ALPHABET[rest % 62] + out;
  return out;
}

const checksum = (body: string): string => base62(crc32(body) >>> 0, CHECKSUM_LENGTH);

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function issueApiKey(): IssuedApiKey {
  const body = Array.from({ length: BODY_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return fromBody(body);
}

function fromBody(body: string): IssuedApiKey {
  const key = `${API_KEY_PREFIX}${body}${checksum(body)}`;
  return { key, prefix: key.slice(0, SHOWN_LENGTH), hash: hashApiKey(key) };
}

/** True when the text has the shape and checksum of a Callsight key (says nothing about whether it exists). */
export function isWellFormedApiKey(candidate: string): boolean {
  if (!KEY_PATTERN.test(candidate)) return false;
  const body = candidate.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + BODY_LENGTH);
  return candidate.slice(-CHECKSUM_LENGTH) === checksum(body);
}

/** Describes a well-formed key given from outside (bootstrap configuration) so it can be stored. */
export function describeApiKey(key: string): IssuedApiKey {
  if (!isWellFormedApiKey(key))
    throw new Error(
      `An API key must look like ${API_KEY_PREFIX}… with a valid checksum (create one with \`npm run cli -- keys generate\`)`,
    );
  return { key, prefix: key.slice(0, SHOWN_LENGTH), hash: hashApiKey(key) };
}

/** Constant-time comparison of a presented key against a stored hash. */
export function apiKeyMatches(candidate: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(candidate), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
