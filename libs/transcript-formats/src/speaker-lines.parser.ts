import type { TranscriptSegment } from '@callsight/contracts';

/** "Rep: text", "Dr. Smith: text", "[00:01:02] Agent: text", "Customer (00:12): text" */
const SPEAKER_LINE =
  /^\s*(?:\[(?<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)\]\s*)?(?<speaker>[\p{L}][\p{L}\p{N} .'_-]{0,47}?)\s*(?:\((?<stamp2>\d{1,2}:\d{2}(?::\d{2})?)\))?\s*:\s+(?<text>.*)$/u;

export const UNKNOWN_SPEAKER = 'Unknown';

function seconds(stamp: string | undefined): number | null {
  if (!stamp) return null;
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Parses a plain transcript into speaker turns: each "Speaker: text" line starts a turn, lines
 * without a speaker continue the current one, and text before any speaker is attributed to
 * "Unknown". Timestamps written as [mm:ss] or (mm:ss) become segment starts.
 */
export function parseSpeakerLines(transcript: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  for (const raw of transcript.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = SPEAKER_LINE.exec(line);
    if (match?.groups) {
      const { speaker, text, stamp, stamp2 } = match.groups;
      segments.push({ speaker: speaker.trim(), text: text.trim(), start: seconds(stamp ?? stamp2), end: null });
      continue;
    }
    const current = segments.at(-1);
    if (current) current.text = current.text ? `${current.text} ${line}` : line;
    else segments.push({ speaker: UNKNOWN_SPEAKER, text: line, start: null, end: null });
  }
  return closeGaps(segments.filter((segment) => segment.text.length > 0));
}

/** A timed segment ends where the next timed one starts. */
function closeGaps(segments: TranscriptSegment[]): TranscriptSegment[] {
  return segments.map((segment, index) => {
    const next = segments[index + 1];
    return segment.start !== null && next?.start != null && next.start >= segment.start
      ? { ...segment, end: next.start }
      : segment;
  });
}

export const renderPlainText = (segments: TranscriptSegment[]): string =>
  segments.map((segment) => `${segment.speaker}: ${segment.text}`).join('\n');

/** A letter or a digit in any script: punctuation, whitespace or silence markers alone are nothing to analyse. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
