import type { Sentence } from './sentences';

/** Where a finding was said: the words, who said them, which segment and when (null when untimed). */
export interface Evidence {
  quote: string;
  speaker: string;
  segment_index: number;
  start: number | null;
}

const MAX_QUOTE_CHARS = 200;

/**
 * The sentence as evidence, cut to about 200 characters around the words that matter so that a long
 * unpunctuated ASR segment does not become a paragraph-long quote.
 */
export function evidenceOf(sentence: Sentence, focus?: { index: number; length: number }): Evidence {
  return {
    quote: trimAround(sentence.text, focus ?? { index: 0, length: 0 }),
    speaker: sentence.speaker,
    segment_index: sentence.segmentIndex,
    start: sentence.start,
  };
}

function trimAround(text: string, focus: { index: number; length: number }): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const room = Math.max(0, MAX_QUOTE_CHARS - focus.length);
  let from = Math.max(0, focus.index - Math.floor(room / 2));
  const to = Math.min(text.length, from + MAX_QUOTE_CHARS);
  from = Math.max(0, to - MAX_QUOTE_CHARS);
  const cut = text.slice(from, to).replace(/^\S*\s/, from > 0 ? '' : '$&');
  return `${from > 0 ? '…' : ''}${cut.trim()}${to < text.length ? '…' : ''}`;
}

export const EVIDENCE_SCHEMA = {
  type: 'object',
  required: ['quote', 'speaker', 'segment_index', 'start'],
  additionalProperties: false,
  properties: {
    quote: { type: 'string', maxLength: MAX_QUOTE_CHARS + 2 },
    speaker: { type: 'string' },
    segment_index: { type: 'integer', minimum: 0 },
    start: { type: ['number', 'null'] },
  },
};
