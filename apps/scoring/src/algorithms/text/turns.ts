import type { TranscriptSegment } from '@callsight/contracts';
import { wordCount } from './words';

/** Consecutive segments of one speaker, as a listener hears them: one turn. */
export interface Turn {
  speaker: string;
  text: string;
  words: number;
  start: number | null;
  end: number | null;
  /** Indexes of the segments the turn is made of. */
  segments: number[];
}

export function turnsOf(segments: readonly TranscriptSegment[]): Turn[] {
  const turns: Turn[] = [];
  segments.forEach((segment, index) => {
    const last = turns.at(-1);
    if (last && last.speaker === segment.speaker) {
      last.text = `${last.text} ${segment.text}`;
      last.words += wordCount(segment.text);
      last.end = segment.end ?? last.end;
      last.start ??= segment.start;
      last.segments.push(index);
      return;
    }
    turns.push({
      speaker: segment.speaker,
      text: segment.text,
      words: wordCount(segment.text),
      start: segment.start,
      end: segment.end,
      segments: [index],
    });
  });
  return turns;
}
