import type { TranscriptSegment } from '@callsight/contracts';

/** A segment's length in seconds, or null when it is not timed (a supplied text transcript). */
export const secondsOf = (segment: Pick<TranscriptSegment, 'start' | 'end'>): number | null =>
  segment.start !== null && segment.end !== null && segment.end >= segment.start ? segment.end - segment.start : null;

export const isTimed = (segments: readonly TranscriptSegment[]): boolean =>
  segments.length > 0 && segments.every((segment) => secondsOf(segment) !== null);

/** How long the call lasted: the stated duration, else the last timed word. */
export function callSeconds(segments: readonly TranscriptSegment[], stated: number | null): number | null {
  if (stated !== null && stated > 0) return stated;
  return segments.reduce<number | null>(
    (latest, segment) => (segment.end !== null && (latest === null || segment.end > latest) ? segment.end : latest),
    null,
  );
}

export type CallPart = 'start' | 'middle' | 'end';

/**
 * Which third of the call a segment falls in: by time when the call is timed, else by position,
 * so trackers restricted to "the start of the call" work on text transcripts too.
 */
export function partOfCall(
  segments: readonly TranscriptSegment[],
  index: number,
  total: number | null = callSeconds(segments, null),
): CallPart {
  const segment = segments[index];
  const position =
    total && segment.start !== null ? segment.start / total : segments.length > 1 ? index / (segments.length - 1) : 0;
  if (position < 1 / 3) return 'start';
  if (position < 2 / 3) return 'middle';
  return 'end';
}

export const round = (value: number, places = 2): number => Math.round(value * 10 ** places) / 10 ** places;

export const share = (part: number, whole: number): number => (whole > 0 ? round(part / whole, 4) : 0);
