import type { TranscriptSegment } from '@callsight/contracts';
import { Algorithm, AlgorithmInput, AlgorithmSkipped } from '../algorithm';
import { EVIDENCE_PROPERTIES, EVIDENCE_REQUIRED, Evidence, evidenceAt } from '../text/evidence';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { isTimed, round } from '../text/timing';
import { wordCount } from '../text/words';

export interface InterruptionsVariables {
  min_overlap_seconds: number;
  backchannel_max_words: number;
  max_examples: number;
}

export interface InterruptionCounts {
  interruptions: number;
  interrupted: number;
}

export interface SpeakerInterruptions extends InterruptionCounts {
  speaker: string;
  role: SpeakerRole;
  overlap_seconds: number;
}

export interface InterruptionExample extends Evidence {
  interrupted: string;
  overlap_seconds: number;
}

export interface InterruptionsOutput {
  [key: string]: unknown;
  overlaps: number;
  overlap_seconds: number;
  interruptions: number;
  backchannels: number;
  agent: InterruptionCounts;
  customer: InterruptionCounts;
  speakers: SpeakerInterruptions[];
  pairs: { interrupter: string; interrupted: string; count: number }[];
  examples: InterruptionExample[];
}

interface Overlap {
  index: number;
  over: number;
  seconds: number;
  backchannel: boolean;
}

type Timed = TranscriptSegment & { start: number; end: number };

/**
 * Who started talking while someone else still was. Every overlap is counted; it is an interruption
 * unless it is a backchannel ("mm-hmm", "right": a few words that end before the other speaker does).
 * Overlaps shorter than `min_overlap_seconds` are timing jitter between diarised segments, not speech.
 */
function findOverlaps(segments: readonly TranscriptSegment[], variables: InterruptionsVariables): Overlap[] {
  const timed = segments as readonly Timed[];
  const order = timed.map((_, index) => index).sort((a, b) => timed[a].start - timed[b].start || a - b);
  const overlaps: Overlap[] = [];
  order.forEach((index, position) => {
    const segment = timed[index];
    const talking = order
      .slice(0, position)
      .filter((earlier) => timed[earlier].speaker !== segment.speaker && timed[earlier].start < segment.start)
      .filter((earlier) => timed[earlier].end > segment.start)
      .sort((a, b) => timed[b].end - timed[a].end)[0];
    if (talking === undefined) return;
    const other = timed[talking];
    const seconds = round(Math.min(other.end, segment.end) - segment.start);
    if (seconds < variables.min_overlap_seconds) return;
    const backchannel = wordCount(segment.text) <= variables.backchannel_max_words && segment.end <= other.end;
    overlaps.push({ index, over: talking, seconds, backchannel });
  });
  return overlaps;
}

export function interruptions({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<InterruptionsVariables>, 'segments' | 'call' | 'variables'>): InterruptionsOutput {
  if (!isTimed(segments)) throw new AlgorithmSkipped('the transcript has no timings');
  const role = roleOf(segments, call);
  const overlaps = findOverlaps(segments, variables);
  const cut = overlaps.filter((overlap) => !overlap.backchannel);
  const speakers = new Map<string, SpeakerInterruptions>();
  for (const segment of segments)
    if (!speakers.has(segment.speaker))
      speakers.set(segment.speaker, {
        speaker: segment.speaker,
        role: role(segment.speaker),
        interruptions: 0,
        interrupted: 0,
        overlap_seconds: 0,
      });
  const pairs = new Map<string, { interrupter: string; interrupted: string; count: number }>();
  for (const overlap of overlaps) speakers.get(segments[overlap.index].speaker)!.overlap_seconds += overlap.seconds;
  for (const overlap of cut) {
    const interrupter = segments[overlap.index].speaker;
    const interrupted = segments[overlap.over].speaker;
    speakers.get(interrupter)!.interruptions += 1;
    speakers.get(interrupted)!.interrupted += 1;
    const key = JSON.stringify([interrupter, interrupted]);
    const pair = pairs.get(key) ?? { interrupter, interrupted, count: 0 };
    pair.count += 1;
    pairs.set(key, pair);
  }
  const bySide = (side: SpeakerRole): InterruptionCounts => {
    const ofSide = [...speakers.values()].filter((speaker) => speaker.role === side);
    return {
      interruptions: ofSide.reduce((sum, speaker) => sum + speaker.interruptions, 0),
      interrupted: ofSide.reduce((sum, speaker) => sum + speaker.interrupted, 0),
    };
  };
  return {
    overlaps: overlaps.length,
    overlap_seconds: round(overlaps.reduce((sum, overlap) => sum + overlap.seconds, 0)),
    interruptions: cut.length,
    backchannels: overlaps.length - cut.length,
    agent: bySide('agent'),
    customer: bySide('customer'),
    speakers: [...speakers.values()].map((speaker) => ({
      ...speaker,
      overlap_seconds: round(speaker.overlap_seconds),
    })),
    pairs: [...pairs.values()].sort((a, b) => b.count - a.count),
    examples: [...cut]
      .sort((a, b) => b.seconds - a.seconds || a.index - b.index)
      .slice(0, variables.max_examples)
      .map((overlap) => ({
        ...evidenceAt(segments, overlap.index),
        interrupted: segments[overlap.over].speaker,
        overlap_seconds: overlap.seconds,
      })),
  };
}

const COUNTS_PROPERTIES = {
  interruptions: { type: 'integer', minimum: 0 },
  interrupted: { type: 'integer', minimum: 0 },
};

const countsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['interruptions', 'interrupted'],
  properties: COUNTS_PROPERTIES,
};

export const INTERRUPTIONS: Algorithm<InterruptionsVariables, InterruptionsOutput> = {
  id: 'interruptions',
  version: 1,
  name: 'Interruptions',
  description:
    'Overlapping speech from segment timings: who started talking while whom was still speaking, for how long, and which overlaps were only backchannels ("mm-hmm"); skipped for untimed transcripts',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      min_overlap_seconds: {
        type: 'number',
        minimum: 0,
        maximum: 5,
        default: 0.3,
        description: 'Shorter overlaps are timing jitter, not speech',
      },
      backchannel_max_words: {
        type: 'integer',
        minimum: 0,
        maximum: 10,
        default: 2,
        description: 'An overlap this short that ends before the other speaker is a backchannel, not an interruption',
      },
      max_examples: {
        type: 'integer',
        minimum: 0,
        maximum: 20,
        default: 5,
        description: 'Longest interruptions quoted',
      },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: [
      'overlaps',
      'overlap_seconds',
      'interruptions',
      'backchannels',
      'agent',
      'customer',
      'speakers',
      'pairs',
      'examples',
    ],
    properties: {
      overlaps: { type: 'integer', minimum: 0 },
      overlap_seconds: { type: 'number', minimum: 0 },
      interruptions: { type: 'integer', minimum: 0 },
      backchannels: { type: 'integer', minimum: 0 },
      agent: countsSchema,
      customer: countsSchema,
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'role', 'interruptions', 'interrupted', 'overlap_seconds'],
          properties: {
            speaker: { type: 'string' },
            role: { enum: ['agent', 'customer'] },
            ...COUNTS_PROPERTIES,
            overlap_seconds: { type: 'number', minimum: 0 },
          },
        },
      },
      pairs: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['interrupter', 'interrupted', 'count'],
          properties: {
            interrupter: { type: 'string' },
            interrupted: { type: 'string' },
            count: { type: 'integer', minimum: 1 },
          },
        },
      },
      examples: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: [...EVIDENCE_REQUIRED, 'interrupted', 'overlap_seconds'],
          properties: {
            ...EVIDENCE_PROPERTIES,
            interrupted: { type: 'string' },
            overlap_seconds: { type: 'number', minimum: 0 },
          },
        },
      },
    },
  },
  // A promise constructor turns the skip thrown while counting into a rejection, as callers of `run` expect.
  run: (input) => new Promise((resolve) => resolve(interruptions(input))),
};
