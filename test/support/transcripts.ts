import type { TranscriptSegment } from '@callsight/contracts';
import type { CallFacts } from '../../apps/scoring/src/algorithms/algorithm';

/**
 * Writes a transcript the way people read one: "Agent: …" lines, optionally timed ("[12.5] Agent: …"),
 * so specs show real conversations instead of segment literals.
 */
export function transcript(text: string): TranscriptSegment[] {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const timed = /^\[(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?\]\s*(.*)$/.exec(line);
      const rest = timed ? timed[3] : line;
      const colon = rest.indexOf(':');
      return {
        speaker: rest.slice(0, colon).trim(),
        text: rest.slice(colon + 1).trim(),
        start: timed ? Number(timed[1]) : null,
        end: timed?.[2] ? Number(timed[2]) : null,
      };
    });
}

/** An inbound emergency that ends booked: call.completed, emergency.detected and appointment.booked all apply. */
export const FLOODED_BASEMENT_CALL = [
  'Agent: Summit Plumbing, this is Jess, how can I help?',
  'Caller: Hi, our basement is flooding, a pipe burst and water is pouring out everywhere.',
  'Agent: Okay, shut the main water valve first. I can have a tech there today at 2, does that work?',
  'Caller: Yes please, that works.',
  "Agent: You're booked for today at 2. José will call when he's on the way.",
].join('\n');

export const callFacts = (facts: Partial<CallFacts> = {}): CallFacts => ({
  durationSeconds: null,
  callDate: null,
  direction: null,
  title: null,
  titleSource: null,
  repName: null,
  language: null,
  ...facts,
});
