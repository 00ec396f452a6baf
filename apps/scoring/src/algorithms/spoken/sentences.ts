import type { TranscriptSegment } from '@callsight/contracts';

/** One sentence of one segment; ASR text without punctuation is one sentence per segment. */
export interface Sentence {
  text: string;
  speaker: string;
  segmentIndex: number;
  /** The segment's start (sentences inherit it: segments are the finest timing a transcript promises). */
  start: number | null;
}

const SENTENCE_END = /(?<=[.!?;])\s+/;

export function sentencesOf(segments: readonly TranscriptSegment[]): Sentence[] {
  return segments.flatMap((segment, segmentIndex) =>
    segment.text
      .split(SENTENCE_END)
      .map((text) => text.trim())
      .filter((text) => /[\p{L}\p{N}]/u.test(text))
      .map((text) => ({ text, speaker: segment.speaker, segmentIndex, start: segment.start })),
  );
}
