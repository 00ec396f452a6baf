import type { CountryCode } from 'libphonenumber-js';
import { findEmails } from './emails';
import { findNumbers } from './numbers';
import type { FindPiiOptions, PiiSpan, PiiType } from './pii-span';
import { tokenize } from './tokens';

/**
 * Personal data in one segment's text, in text order, without overlaps. Every kind is looked for
 * even when only some are asked for, so a card number is never half-read as a phone number.
 */
export function findPii(text: string, entities: readonly PiiType[], options: FindPiiOptions = {}): PiiSpan[] {
  const country = (options.defaultCountry ?? 'US') as CountryCode;
  const readable = withoutOverlongRuns(text);
  const candidates = [...findEmails(readable), ...findNumbers(readable, tokenize(readable), country)];
  return withoutOverlaps(candidates).filter((span) => entities.includes(span.type));
}

/** An email address is at most 254 characters, and every other kind is shorter. */
const OVERLONG_RUN = /\S{255,}/g;

/**
 * The text with runs of non-space longer than any personal datum blanked, keeping every offset: the
 * finders' patterns would otherwise try each start in a 250,000-letter run to its end (minutes of CPU).
 */
const withoutOverlongRuns = (text: string): string => text.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length));

/** The longest candidate wins where two overlap (an address holding digits, a card holding a phone-like run). */
function withoutOverlaps(candidates: PiiSpan[]): PiiSpan[] {
  const kept: PiiSpan[] = [];
  const longestFirst = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of longestFirst)
    if (!kept.some((span) => candidate.start < span.end && span.start < candidate.end)) kept.push(candidate);
  return kept.sort((a, b) => a.start - b.start);
}
