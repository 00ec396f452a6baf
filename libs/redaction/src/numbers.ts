import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DigitPiece, digitRuns, isPause } from './digit-runs';
import type { PiiSpan, PiiType } from './pii-span';
import { Token, wordsBefore } from './tokens';

/** Words that, said just before a number, make nine digits a social security number. */
const SSN_CONTEXT = new Set(['social', 'ssn', 'ss', 'security', 'itin']);
/** Said just before a number, these make it an order or reference number, not a phone number... */
const ID_CONTEXT = new Set([
  'order',
  'confirmation',
  'tracking',
  'invoice',
  'reference',
  'ref',
  'ticket',
  'case',
  'claim',
  'policy',
  'serial',
  'model',
  'part',
  'zip',
  'postal',
  'routing',
  'transaction',
  'receipt',
  'booking',
  'reservation',
  'member',
  'sku',
  'item',
]);
/** ...unless one of these is said near it too. */
const PHONE_CONTEXT = new Set([
  'phone',
  'cell',
  'mobile',
  'call',
  'reach',
  'text',
  'fax',
  'contact',
  'callback',
  'dial',
]);
const MONEY_AFTER = new Set(['dollars', 'dollar', 'bucks', 'cents', 'percent', 'usd']);
const CONTEXT_WORDS = 6;
const ID_WORDS = 4;
/** A local number without its area code has seven digits; E.164 allows fifteen at most. */
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Numbers the SSA never issues: area 000, 666 or 900–999, group 00, serial 0000. */
export function ssnValid(digits: string): boolean {
  return (
    /^\d{9}$/.test(digits) && !/^(000|666|9)/.test(digits) && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000'
  );
}

const writtenAs = (pieces: readonly DigitPiece[], lengths: number[], gap: RegExp) =>
  pieces.length === lengths.length &&
  pieces.every(
    (piece, index) => !piece.spoken && piece.digits.length === lengths[index] && (index === 0 || gap.test(piece.gap)),
  );

/** An order or reference number named just before, and no phone word anywhere near ("the phone number on the order is ..."). */
function namedAsIdentifier(before: readonly string[]): boolean {
  if (before.some((word) => PHONE_CONTEXT.has(word))) return false;
  return before.slice(0, ID_WORDS).some((word) => ID_CONTEXT.has(word));
}

function isPhone(digits: string, pieces: readonly DigitPiece[], country: CountryCode): boolean {
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return false;
  if (parsePhoneNumberFromString(digits, country)?.isValid()) return true;
  // A local number without its area code: "five five five oh one three two", "555-0132".
  const local = pieces.some((piece) => piece.spoken) || writtenAs(pieces, [3, 4], /^[\s-]+$/);
  return country === 'US' && digits.length === 7 && /^[2-9]/.test(digits) && local;
}

function classify(pieces: readonly DigitPiece[], before: readonly string[], country: CountryCode): PiiType | null {
  const digits = pieces.map((piece) => piece.digits).join('');
  const ssnContext = before.some((word) => SSN_CONTEXT.has(word));
  if (ssnValid(digits) && (ssnContext || writtenAs(pieces, [3, 2, 4], /^-$/))) return 'ssn';
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  if (namedAsIdentifier(before)) return null;
  return isPhone(digits, pieces, country) ? 'phone' : null;
}

/** A price or a percentage: "$1,299.99", "fifteen percent". */
function isMoney(text: string, tokens: readonly Token[], pieces: readonly DigitPiece[]): boolean {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (/[$€£]\s*$/.test(text.slice(Math.max(0, first.start - 2), first.start))) return true;
  if (text[last.end] === '%') return true;
  const next = tokens.find((token) => token.start >= last.end);
  return next !== undefined && MONEY_AFTER.has(next.lower);
}

/**
 * Where a number may start and end inside a run: its ends, the pauses in it, and after a leading
 * "oh" (an interjection as often as a zero).
 */
function bounds(pieces: readonly DigitPiece[], tokens: readonly Token[]): { starts: number[]; ends: number[] } {
  const starts = [0];
  const ends = [pieces.length - 1];
  pieces.forEach((piece, index) => {
    if (index > 0 && isPause(piece.gap)) {
      starts.push(index);
      ends.push(index - 1);
    }
  });
  const lead = tokens[pieces[0].tokenIndex].lower;
  if (pieces.length > 1 && (lead === 'oh' || lead === 'o')) starts.push(1);
  return { starts, ends };
}

/** Phone, card and SSN-like numbers, written or spoken, as candidate spans (they may overlap). */
export function findNumbers(text: string, tokens: readonly Token[], country: CountryCode): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const { pieces } of digitRuns(text, tokens)) {
    if (isMoney(text, tokens, pieces)) continue;
    const { starts, ends } = bounds(pieces, tokens);
    for (const first of starts)
      for (const last of ends) {
        if (last < first) continue;
        const part = pieces.slice(first, last + 1);
        const type = classify(part, wordsBefore(tokens, part[0].tokenIndex, CONTEXT_WORDS), country);
        // An area code's opening bracket belongs to the number: "(415) 555-0132".
        const start = text[part[0].start - 1] === '(' ? part[0].start - 1 : part[0].start;
        if (type) spans.push(span(text, type, part, start, part[part.length - 1].end));
      }
  }
  return [...spans, ...writtenPhones(text, tokens, country)];
}

/** Numbers in international form ("+44 20 7946 0958"), as libphonenumber reads them. */
function writtenPhones(text: string, tokens: readonly Token[], country: CountryCode): PiiSpan[] {
  // The finder costs milliseconds a call, and the digit runs already hold every number written without a "+".
  if (!/\+\s*\d/.test(text)) return [];
  return findPhoneNumbersInText(text, { defaultCountry: country })
    .filter((match) => {
      const index = tokens.findIndex((token) => token.start >= match.startsAt);
      return !namedAsIdentifier(wordsBefore(tokens, index, CONTEXT_WORDS));
    })
    .map((match) => span(text, 'phone', match.number.number.replace(/\D/g, ''), match.startsAt, match.endsAt));
}

function span(
  text: string,
  type: PiiType,
  digits: string | readonly DigitPiece[],
  start: number,
  end: number,
): PiiSpan {
  const value = typeof digits === 'string' ? digits : digits.map((piece) => piece.digits).join('');
  return { type, start, end, text: text.slice(start, end), value };
}
