import type { TranscriptSegment } from '@callsight/contracts';
import type { JsonSchema } from '../json-schema';

/** Where a finding was heard: the words, who said them, and when. */
export interface Evidence {
  quote: string;
  speaker: string;
  segment_index: number;
  /** Seconds from the start of the call; null for an untimed transcript. */
  start: number | null;
}

export const QUOTE_MAX_CHARS = 200;

/**
 * The words around a character range, at most `max` characters, cut at word boundaries with an
 * ellipsis, so outputs stay small whatever the length of the turn.
 */
export function quoteAround(text: string, from = 0, to = text.length, max = QUOTE_MAX_CHARS): string {
  if (text.trim().length <= max) return text.trim();
  let start = Math.max(0, Math.min(Math.round((from + to - max) / 2), text.length - max));
  let end = start + max;
  if (start > 0 && text[start - 1] !== ' ') start = wordBoundary(text.indexOf(' ', start) + 1, start);
  if (end < text.length && text[end] !== ' ') end = wordBoundary(text.lastIndexOf(' ', end), end);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** A boundary found within a few characters is used; a very long "word" (a URL) is cut where it is. */
const wordBoundary = (found: number, at: number): number => (found > 0 && Math.abs(found - at) <= 30 ? found : at);

export function evidenceAt(
  segments: readonly TranscriptSegment[],
  index: number,
  from?: number,
  to?: number,
): Evidence {
  const segment = segments[index];
  return {
    quote: quoteAround(segment.text, from, to),
    speaker: segment.speaker,
    segment_index: index,
    start: segment.start,
  };
}

export const EVIDENCE_PROPERTIES: Record<string, JsonSchema> = {
  quote: { type: 'string', maxLength: QUOTE_MAX_CHARS + 2 },
  speaker: { type: 'string' },
  segment_index: { type: 'integer', minimum: 0 },
  start: { type: ['number', 'null'] },
};

export const EVIDENCE_REQUIRED = ['quote', 'speaker', 'segment_index', 'start'];
