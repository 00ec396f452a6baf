import type { TranscriptSegment } from '@callsight/contracts';
import type { Algorithm, AlgorithmInput } from '../algorithm';
import { EVIDENCE_PROPERTIES, EVIDENCE_REQUIRED, Evidence, evidenceAt } from '../text/evidence';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { round, secondsOf } from '../text/timing';
import { turnsOf } from '../text/turns';
import { wordCount } from '../text/words';

export interface SpeakingRateVariables {
  /** A stretch shorter than this says little about pace ("yes", "okay"), so it cannot be the fastest. */
  min_stretch_words: number;
}

export interface FastestStretch extends Evidence {
  wpm: number;
  words: number;
  seconds: number;
}

export interface SpeakerRate {
  speaker: string;
  role: SpeakerRole;
  words: number;
  talk_seconds: number | null;
  wpm: number | null;
  fastest: FastestStretch | null;
}

export interface SpeakingRateOutput {
  [key: string]: unknown;
  timed: boolean;
  overall_wpm: number | null;
  agent_wpm: number | null;
  customer_wpm: number | null;
  speakers: SpeakerRate[];
}

interface Tally {
  words: number;
  seconds: number;
}

const wpmOf = ({ words, seconds }: Tally): number | null => (seconds > 0 ? round((words / seconds) * 60, 1) : null);

const add = (tallies: Map<string, Tally>, key: string, words: number, seconds: number) => {
  const tally = tallies.get(key) ?? { words: 0, seconds: 0 };
  tally.words += words;
  tally.seconds += seconds;
  tallies.set(key, tally);
};

/**
 * Words per minute of speech, per speaker, per side and overall: words over the seconds the speaker's
 * segments last (pauses between turns are not speech). Null for an untimed transcript.
 */
export function speakingRate({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<SpeakingRateVariables>, 'segments' | 'call' | 'variables'>): SpeakingRateOutput {
  const role = roleOf(segments, call);
  const bySpeaker = new Map<string, Tally>();
  const timed = new Map<string, Tally>();
  const byRole = new Map<string, Tally>();
  for (const segment of segments) {
    const words = wordCount(segment.text);
    add(bySpeaker, segment.speaker, words, 0);
    const seconds = secondsOf(segment);
    if (seconds === null) continue;
    add(timed, segment.speaker, words, seconds);
    add(byRole, role(segment.speaker), words, seconds);
    add(byRole, 'all', words, seconds);
  }
  const speakers = [...bySpeaker.entries()].map(([speaker, tally]) => {
    const timing = timed.get(speaker);
    return {
      speaker,
      role: role(speaker),
      words: tally.words,
      talk_seconds: timing ? round(timing.seconds) : null,
      wpm: timing ? wpmOf(timing) : null,
      fastest: fastestStretch(segments, speaker, variables.min_stretch_words),
    };
  });
  const rateOf = (key: string) => {
    const tally = byRole.get(key);
    return tally ? wpmOf(tally) : null;
  };
  return {
    timed: timed.size > 0,
    overall_wpm: rateOf('all'),
    agent_wpm: rateOf('agent'),
    customer_wpm: rateOf('customer'),
    speakers,
  };
}

/** The speaker's fastest turn of at least `minWords` words, timed by its segments' lengths. */
function fastestStretch(segments: readonly TranscriptSegment[], speaker: string, minWords: number) {
  let fastest: FastestStretch | null = null;
  for (const turn of turnsOf(segments)) {
    if (turn.speaker !== speaker || turn.words < minWords) continue;
    const lengths = turn.segments.map((index) => secondsOf(segments[index]));
    if (lengths.some((seconds) => seconds === null)) continue;
    const seconds = lengths.reduce((total: number, value) => total + (value ?? 0), 0);
    const wpm = wpmOf({ words: turn.words, seconds });
    if (wpm === null || (fastest && fastest.wpm >= wpm)) continue;
    fastest = { ...evidenceAt(segments, turn.segments[0]), wpm, words: turn.words, seconds: round(seconds) };
  }
  return fastest;
}

const nullableNumber = { type: ['number', 'null'] };

export const SPEAKING_RATE: Algorithm<SpeakingRateVariables, SpeakingRateOutput> = {
  id: 'speaking_rate',
  version: 1,
  name: 'Speaking rate',
  description:
    'Words per minute per speaker, per side (agent, customer) and overall from segment timings, with each speaker’s fastest stretch; null for untimed transcripts',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      min_stretch_words: {
        type: 'integer',
        minimum: 1,
        maximum: 500,
        default: 12,
        description: 'The fewest words a turn needs to count as a speaker’s fastest stretch',
      },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['timed', 'overall_wpm', 'agent_wpm', 'customer_wpm', 'speakers'],
    properties: {
      timed: { type: 'boolean' },
      overall_wpm: nullableNumber,
      agent_wpm: nullableNumber,
      customer_wpm: nullableNumber,
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'role', 'words', 'talk_seconds', 'wpm', 'fastest'],
          properties: {
            speaker: { type: 'string' },
            role: { enum: ['agent', 'customer'] },
            words: { type: 'integer', minimum: 0 },
            talk_seconds: nullableNumber,
            wpm: nullableNumber,
            fastest: {
              oneOf: [
                { type: 'null' },
                {
                  type: 'object',
                  additionalProperties: false,
                  required: [...EVIDENCE_REQUIRED, 'wpm', 'words', 'seconds'],
                  properties: {
                    ...EVIDENCE_PROPERTIES,
                    wpm: { type: 'number' },
                    words: { type: 'integer', minimum: 0 },
                    seconds: { type: 'number' },
                  },
                },
              ],
            },
          },
        },
      },
    },
  },
  run: (input) => Promise.resolve(speakingRate(input)),
};
