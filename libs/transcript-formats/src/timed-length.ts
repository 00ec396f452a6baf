import type { TranscriptSegment } from '@callsight/contracts';

const isTime = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * How long a supplied transcript shows its recording to be: the end of its last timed segment, the
 * nearest thing to a measurement when there is no audio. Null when nothing in it is timed, and when
 * its last turn has a start but no end (stamped "[mm:ss] Speaker:" lines): that turn runs on for an
 * unknown time, and a length cut short at its start would pass for a measured one.
 */
export function timedLengthOf(segments: readonly Pick<TranscriptSegment, 'start' | 'end'>[]): number | null {
  let end: number | null = null;
  let openFrom: number | null = null;
  for (const segment of segments) {
    if (isTime(segment.end)) end = Math.max(end ?? 0, segment.end);
    else if (isTime(segment.start)) openFrom = Math.max(openFrom ?? 0, segment.start);
  }
  if (end === null || end <= 0) return null;
  return openFrom !== null && openFrom >= end ? null : end;
}
