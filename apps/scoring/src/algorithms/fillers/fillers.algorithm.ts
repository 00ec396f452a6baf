import type { Algorithm, AlgorithmInput } from '../algorithm';
import { DEFAULT_FILLERS, findFillers } from '../text/fillers';
import { analysisOf } from '../text/nlp';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { round, secondsOf } from '../text/timing';
import { wordCount } from '../text/words';

export interface FillersVariables {
  fillers: string[];
}

export interface FillerCount {
  filler: string;
  count: number;
}

export interface FillerRate {
  total: number;
  /** Per minute of the speaker's own speech; null when untimed. */
  per_minute: number | null;
  per_100_words: number;
}

export interface SpeakerFillers extends FillerRate {
  speaker: string;
  role: SpeakerRole;
  fillers: FillerCount[];
}

export interface FillersOutput extends FillerRate {
  [key: string]: unknown;
  agent: FillerRate;
  customer: FillerRate;
  fillers: FillerCount[];
  speakers: SpeakerFillers[];
}

interface Tally {
  fillers: Map<string, number>;
  words: number;
  seconds: number;
  timed: boolean;
}

const tally = (): Tally => ({ fillers: new Map(), words: 0, seconds: 0, timed: false });

const rateOf = (entry: Tally): FillerRate => {
  const total = [...entry.fillers.values()].reduce((sum, count) => sum + count, 0);
  return {
    total,
    per_minute: entry.timed && entry.seconds > 0 ? round(total / (entry.seconds / 60)) : null,
    per_100_words: entry.words > 0 ? round((total / entry.words) * 100) : 0,
  };
};

const countsOf = (entry: Tally): FillerCount[] =>
  [...entry.fillers.entries()]
    .map(([filler, count]) => ({ filler, count }))
    .sort((a, b) => b.count - a.count || a.filler.localeCompare(b.filler));

/** Filler words per speaker, per side and in all, as counts, per minute of speech and per 100 words. */
export function fillers({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<FillersVariables>, 'segments' | 'call' | 'variables'>): FillersOutput {
  const role = roleOf(segments, call);
  const all = tally();
  const bySide: Record<SpeakerRole, Tally> = { agent: tally(), customer: tally() };
  const bySpeaker = new Map<string, Tally>();
  for (const segment of segments) {
    const speaker = bySpeaker.get(segment.speaker) ?? tally();
    bySpeaker.set(segment.speaker, speaker);
    const found = findFillers(analysisOf(segment), variables.fillers);
    const words = wordCount(segment.text);
    const seconds = secondsOf(segment);
    for (const entry of [all, bySide[role(segment.speaker)], speaker]) {
      entry.words += words;
      if (seconds !== null) {
        entry.seconds += seconds;
        entry.timed = true;
      }
      for (const { filler } of found) entry.fillers.set(filler, (entry.fillers.get(filler) ?? 0) + 1);
    }
  }
  return {
    ...rateOf(all),
    agent: rateOf(bySide.agent),
    customer: rateOf(bySide.customer),
    fillers: countsOf(all),
    speakers: [...bySpeaker.entries()].map(([speaker, entry]) => ({
      speaker,
      role: role(speaker),
      ...rateOf(entry),
      fillers: countsOf(entry),
    })),
  };
}

const RATE_PROPERTIES = {
  total: { type: 'integer', minimum: 0 },
  per_minute: { type: ['number', 'null'] },
  per_100_words: { type: 'number', minimum: 0 },
};

const rateSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['total', 'per_minute', 'per_100_words'],
  properties: RATE_PROPERTIES,
};

const countsSchema = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['filler', 'count'],
    properties: { filler: { type: 'string' }, count: { type: 'integer', minimum: 1 } },
  },
};

export const FILLERS: Algorithm<FillersVariables, FillersOutput> = {
  id: 'fillers',
  version: 1,
  name: 'Filler words',
  description:
    'Filler words (um, uh, like, you know, I mean, kind of, basically, …) per speaker and per side, per minute of speech when timed and per 100 words; "like", "you know", "I mean", "kind of" and "sort of" count only where they fill',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      fillers: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 40, pattern: '\\S' },
        maxItems: 50,
        uniqueItems: true,
        default: DEFAULT_FILLERS,
        description: 'Words and phrases counted as fillers',
      },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['total', 'per_minute', 'per_100_words', 'agent', 'customer', 'fillers', 'speakers'],
    properties: {
      ...RATE_PROPERTIES,
      agent: rateSchema,
      customer: rateSchema,
      fillers: countsSchema,
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'role', 'total', 'per_minute', 'per_100_words', 'fillers'],
          properties: {
            speaker: { type: 'string' },
            role: { enum: ['agent', 'customer'] },
            ...RATE_PROPERTIES,
            fillers: countsSchema,
          },
        },
      },
    },
  },
  run: (input) => Promise.resolve(fillers(input)),
};
