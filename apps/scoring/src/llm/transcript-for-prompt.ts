import type { TranscriptSegment } from '@callsight/contracts';

/** Of a transcript too long for the prompt, the start gets this share and the end the rest: calls conclude at the end. */
const HEAD_SHARE = 2 / 3;

const clock = (seconds: number): string => {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
};

const lineOf = (segment: TranscriptSegment, index: number): string =>
  `[${index}] ${segment.speaker}${segment.start === null ? '' : ` (${clock(segment.start)})`}: ${segment.text.trim()}`;

/**
 * The transcript as a model reads it: one line per segment with its index, speaker and time, so an
 * answer can point back at what was said. Past `maxChars` the middle is left out, and says so.
 */
export function transcriptForPrompt(
  segments: readonly TranscriptSegment[],
  maxChars: number,
): { text: string; truncated: boolean } {
  const lines = segments.map(lineOf);
  const whole = lines.join('\n');
  if (whole.length <= maxChars) return { text: whole, truncated: false };
  const head = takeWithin(lines, Math.floor(maxChars * HEAD_SHARE));
  const tail = takeWithin(lines.slice(head.length).reverse(), maxChars - head.join('\n').length).reverse();
  const left = lines.length - head.length - tail.length;
  const gap = `[… ${left} segment${left === 1 ? '' : 's'} left out: the transcript is longer than ${maxChars} characters …]`;
  return { text: [...head, gap, ...tail].join('\n'), truncated: true };
}

/** Whole lines while they fit; a first line too long on its own is cut. */
function takeWithin(lines: readonly string[], budget: number): string[] {
  const taken: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = line.length + (taken.length > 0 ? 1 : 0);
    if (used + cost > budget) {
      if (taken.length === 0 && budget > 0) taken.push(line.slice(0, budget));
      break;
    }
    taken.push(line);
    used += cost;
  }
  return taken;
}
