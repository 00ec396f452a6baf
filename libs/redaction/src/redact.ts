import type { TranscriptWord } from '@callsight/contracts';
import { findPii } from './find-pii';
import type { FindPiiOptions, PiiSpan, PiiType } from './pii-span';

export const PLACEHOLDERS: Readonly<Record<PiiType, string>> = {
  phone: '[PHONE]',
  email: '[EMAIL]',
  card: '[CARD]',
  ssn: '[SSN]',
};

export type PiiCounts = Record<PiiType, number>;

export interface RedactableSegment {
  text: string;
  words?: TranscriptWord[];
}

export interface Redacted<S> {
  segments: S[];
  counts: PiiCounts;
}

/**
 * Replaces the asked-for kinds of personal data in each segment by a placeholder. Timed words that
 * overlap one span become one placeholder word from the first one's start to the last one's end,
 * so what is stored says where the number was said without what it was.
 */
export function redact<S extends RedactableSegment>(
  segments: readonly S[],
  entities: readonly PiiType[],
  options: FindPiiOptions = {},
): Redacted<S> {
  const counts: PiiCounts = { phone: 0, email: 0, card: 0, ssn: 0 };
  const redacted = segments.map((segment) => {
    const spans = findPii(segment.text, entities, options);
    for (const span of spans) counts[span.type] += 1;
    const text = replaceSpans(segment.text, spans);
    if (!segment.words) return spans.length === 0 ? segment : { ...segment, text };
    return { ...segment, text, words: redactWords(segment.text, spans, segment.words, entities, options) };
  });
  return { segments: redacted, counts };
}

export function replaceSpans(text: string, spans: readonly PiiSpan[]): string {
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + PLACEHOLDERS[span.type];
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

type Range = [start: number, end: number];

/** Each word's place in the segment text, or null when the words do not spell out that text in order. */
function locate(text: string, words: readonly TranscriptWord[]): Range[] | null {
  const ranges: Range[] = [];
  let cursor = 0;
  for (const { word } of words) {
    const needle = word.trim();
    const at = text.indexOf(needle, cursor);
    if (at < 0) return null;
    ranges.push([at, at + needle.length]);
    cursor = at + needle.length;
  }
  return ranges;
}

/** The words' own text, spaced, and each word's place in it. */
function spelled(words: readonly TranscriptWord[]): { text: string; ranges: Range[] } {
  const ranges: Range[] = [];
  let text = '';
  for (const { word } of words) {
    if (text) text += ' ';
    ranges.push([text.length, text.length + word.trim().length]);
    text += word.trim();
  }
  return { text, ranges };
}

function redactWords(
  text: string,
  spans: readonly PiiSpan[],
  words: readonly TranscriptWord[],
  entities: readonly PiiType[],
  options: FindPiiOptions,
): TranscriptWord[] {
  let ranges = locate(text, words);
  let wordSpans = spans;
  // An engine whose words differ from its segment text: the words are read on their own, so no number survives there.
  if (!ranges) {
    const own = spelled(words);
    ranges = own.ranges;
    wordSpans = findPii(own.text, entities, options);
  }
  const result: TranscriptWord[] = [];
  let open: PiiSpan | null = null;
  words.forEach((word, index) => {
    const [start, end] = ranges[index];
    const hit = wordSpans.find((span) => start < span.end && span.start < end) ?? null;
    const previous = result.at(-1);
    if (hit && hit === open && previous) previous.end = word.end;
    else if (hit) result.push({ word: PLACEHOLDERS[hit.type], start: word.start, end: word.end, confidence: null });
    else result.push(word);
    open = hit;
  });
  return result;
}
