import type { TrackerConfig, TranscriptSegment } from '@callsight/contracts';
import { Algorithm, AlgorithmInput, AlgorithmSkipped } from '../algorithm';
import { EVIDENCE_PROPERTIES, quoteAround } from '../text/evidence';
import { analysisOf } from '../text/nlp';
import { findPhrase, phrasePattern } from '../text/phrases';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { CallPart, callSeconds, partOfCall } from '../text/timing';

/** Enough to show where a tracker fired; `count` still says how often. */
const MAX_MENTIONS = 20;

export interface TrackerMention {
  phrase: string;
  quote: string;
  speaker: string;
  role: SpeakerRole;
  segment_index: number;
  start: number | null;
}

export interface TrackerResult {
  id: string;
  name: string;
  count: number;
  mentions: TrackerMention[];
}

export interface TrackersOutput {
  [key: string]: unknown;
  trackers: TrackerResult[];
}

/** The workspace's trackers over the call: one entry per tracker, in the configured order. */
export function trackers({
  segments,
  call,
  settings,
}: Pick<AlgorithmInput, 'segments' | 'call' | 'settings'>): TrackersOutput {
  if (settings.trackers.length === 0) throw new AlgorithmSkipped('the workspace has no trackers');
  const role = roleOf(segments, call);
  const total = callSeconds(segments, null);
  const parts = segments.map((_, index) => partOfCall(segments, index, total));
  return { trackers: settings.trackers.map((tracker) => track(tracker, segments, role, parts)) };
}

function track(
  tracker: TrackerConfig,
  segments: readonly TranscriptSegment[],
  role: (speaker: string) => SpeakerRole,
  parts: readonly CallPart[],
): TrackerResult {
  // Longer phrases first, so "cancel my account" is reported rather than the "cancel" inside it.
  const patterns = tracker.phrases
    .map((phrase) => phrasePattern(phrase))
    .filter((pattern) => pattern.normals.length > 0)
    .sort((a, b) => b.normals.length - a.normals.length);
  const mentions: TrackerMention[] = [];
  segments.forEach((segment, index) => {
    if (tracker.speaker !== 'any' && role(segment.speaker) !== tracker.speaker) return;
    if (tracker.part !== 'any' && parts[index] !== tracker.part) return;
    const analysis = analysisOf(segment);
    const taken = new Set<number>();
    const found: { first: number; mention: TrackerMention }[] = [];
    for (const pattern of patterns)
      for (const { first, last } of findPhrase(analysis, pattern, tracker.word_forms)) {
        const span = Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
        if (span.some((token) => taken.has(token))) continue;
        if (tracker.negation_aware && span.some((token) => analysis.negated[token])) continue;
        span.forEach((token) => taken.add(token));
        const { tokens } = analysis;
        found.push({
          first,
          mention: {
            phrase: pattern.phrase,
            quote: quoteAround(segment.text, tokens[first].start, tokens[last].end),
            speaker: segment.speaker,
            role: role(segment.speaker),
            segment_index: index,
            start: segment.start,
          },
        });
      }
    mentions.push(...found.sort((a, b) => a.first - b.first).map((item) => item.mention));
  });
  return { id: tracker.id, name: tracker.name, count: mentions.length, mentions: mentions.slice(0, MAX_MENTIONS) };
}

export const TRACKERS: Algorithm<Record<string, never>, TrackersOutput> = {
  id: 'trackers',
  version: 1,
  name: 'Trackers',
  description:
    "Mentions of the workspace's keyword and phrase trackers, by speaker side and part of the call, with word forms and negation ('I don't want to cancel' is not a cancellation) when the tracker asks; skipped when the workspace has none",
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: { type: 'object', properties: {}, additionalProperties: false },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['trackers'],
    properties: {
      trackers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'count', 'mentions'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            count: { type: 'integer', minimum: 0 },
            mentions: {
              type: 'array',
              maxItems: MAX_MENTIONS,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['phrase', 'quote', 'speaker', 'role', 'segment_index', 'start'],
                properties: {
                  phrase: { type: 'string' },
                  role: { enum: ['agent', 'customer'] },
                  ...EVIDENCE_PROPERTIES,
                },
              },
            },
          },
        },
      },
    },
  },
  // A promise constructor turns the skip thrown while tracking into a rejection, as callers of `run` expect.
  run: (input) => new Promise((resolve) => resolve(trackers(input))),
};
