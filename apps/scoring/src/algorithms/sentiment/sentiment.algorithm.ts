import type { TranscriptSegment } from '@callsight/contracts';
import type { Algorithm, AlgorithmInput } from '../algorithm';
import { EVIDENCE_PROPERTIES, EVIDENCE_REQUIRED, Evidence, evidenceAt } from '../text/evidence';
import { DEFAULT_FILLERS, findFillers } from '../text/fillers';
import { startsClause } from '../text/negation';
import { analysisOf, sentimentOf } from '../text/nlp';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { round } from '../text/timing';
import { turnsOf } from '../text/turns';

export interface SentimentVariables {
  positive_threshold: number;
  negative_threshold: number;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface Score {
  score: number;
  label: SentimentLabel;
}

export interface TurnSentiment extends Score {
  segment_index: number;
  speaker: string;
  start: number | null;
}

export interface SpeakerSentiment extends Score {
  speaker: string;
  role: SpeakerRole;
  turns: number;
}

export type TurnEvidence = Evidence & { score: number };

export interface SentimentOutput {
  [key: string]: unknown;
  overall: Score;
  agent: Score | null;
  customer: Score | null;
  speakers: SpeakerSentiment[];
  turns: TurnSentiment[];
  most_positive: TurnEvidence | null;
  most_negative: TurnEvidence | null;
}

/** wink-nlp scores "okay" as strongly positive; on a call it mostly acknowledges ("okay, one moment"). */
const ACKNOWLEDGEMENTS = new Set(['okay', 'ok', 'alright']);

/**
 * A segment's text as the sentiment model should read it: without fillers and acknowledgements
 * (wink-nlp scores "like" and "okay" as praise) and, where the engine gave no punctuation, cut into clauses, since the model's negation runs
 * to the end of a sentence and one "not" would otherwise turn a whole run-on turn around.
 */
export function sentimentText(segment: TranscriptSegment): string {
  const analysis = analysisOf(segment);
  const { tokens } = analysis;
  const filler = new Set<number>();
  for (const match of findFillers(analysis, DEFAULT_FILLERS))
    for (let index = match.first; index <= match.last; index += 1) filler.add(index);
  let text = '';
  let end = 0;
  tokens.forEach((token, index) => {
    const spaces = analysis.text.slice(end, token.start);
    end = token.end;
    // A filler goes with the comma after it ("like, you know,").
    if (filler.has(index) || ACKNOWLEDGEMENTS.has(token.normal)) return;
    if ((filler.has(index - 1) || ACKNOWLEDGEMENTS.has(tokens[index - 1]?.normal)) && token.value === ',') return;
    const cut = tokens[analysis.sentences[token.sentence].lastToken].word && startsClause(tokens, index);
    text += `${cut && text ? '.' : ''}${spaces}${token.value}`;
  });
  return text.trim();
}

const labelOf = (score: number, variables: SentimentVariables): SentimentLabel =>
  score >= variables.positive_threshold ? 'positive' : score <= variables.negative_threshold ? 'negative' : 'neutral';

/**
 * The mean of turn scores weighted by words, over the turns that express something: a polite call
 * of many neutral turns ("okay", "one moment") should not wash out the one angry or delighted turn.
 */
function meanOf(turns: readonly { score: number; words: number }[], variables: SentimentVariables): Score {
  const expressive = turns.filter((turn) => turn.score !== 0);
  const words = expressive.reduce((sum, turn) => sum + turn.words, 0);
  const score = words > 0 ? round(expressive.reduce((sum, turn) => sum + turn.score * turn.words, 0) / words, 3) : 0;
  return { score, label: labelOf(score, variables) };
}

/** Sentiment of each turn, each speaker, each side and the call, with wink-nlp's scores from -1 to 1. */
export function sentiment({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<SentimentVariables>, 'segments' | 'call' | 'variables'>): SentimentOutput {
  const role = roleOf(segments, call);
  const scored = turnsOf(segments)
    .filter((turn) => turn.words > 0)
    .map((turn) => {
      const text = turn.segments.map((index) => sentimentText(segments[index])).join('. ');
      return { turn, words: turn.words, score: round(sentimentOf(text), 3) };
    });
  const turns = scored.map(({ turn, score }) => ({
    segment_index: turn.segments[0],
    speaker: turn.speaker,
    start: turn.start,
    score,
    label: labelOf(score, variables),
  }));
  const ofSide = (side: SpeakerRole) => scored.filter(({ turn }) => role(turn.speaker) === side);
  const sideScore = (side: SpeakerRole) => (ofSide(side).length > 0 ? meanOf(ofSide(side), variables) : null);
  const speakers = [...new Set(scored.map(({ turn }) => turn.speaker))].map((speaker) => {
    const own = scored.filter(({ turn }) => turn.speaker === speaker);
    return { speaker, role: role(speaker), ...meanOf(own, variables), turns: own.length };
  });
  const extreme = (sign: 1 | -1): TurnEvidence | null => {
    const best = scored
      .filter(({ score }) => score * sign > 0)
      .sort((a, b) => (b.score - a.score) * sign || a.turn.segments[0] - b.turn.segments[0])[0];
    return best ? { ...evidenceAt(segments, best.turn.segments[0]), score: best.score } : null;
  };
  return {
    overall: meanOf(scored, variables),
    agent: sideScore('agent'),
    customer: sideScore('customer'),
    speakers,
    turns,
    most_positive: extreme(1),
    most_negative: extreme(-1),
  };
}

const LABEL = { enum: ['positive', 'neutral', 'negative'] };
const SCORE = { type: 'number', minimum: -1, maximum: 1 };
const scoreSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['score', 'label'],
  properties: { score: SCORE, label: LABEL },
};
const turnEvidence = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      required: [...EVIDENCE_REQUIRED, 'score'],
      properties: { ...EVIDENCE_PROPERTIES, score: SCORE },
    },
  ],
};

export const SENTIMENT: Algorithm<SentimentVariables, SentimentOutput> = {
  id: 'sentiment',
  version: 1,
  name: 'Sentiment',
  description:
    'Sentiment (-1 to 1, with a positive/neutral/negative label) of each turn, speaker, side and the whole call from wink-nlp, negation read within each clause and fillers left out; with the most positive and most negative turns quoted',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      positive_threshold: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        default: 0.15,
        description: 'A score at or above this is positive',
      },
      negative_threshold: {
        type: 'number',
        minimum: -1,
        maximum: 0,
        default: -0.15,
        description: 'A score at or below this is negative',
      },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['overall', 'agent', 'customer', 'speakers', 'turns', 'most_positive', 'most_negative'],
    properties: {
      overall: scoreSchema,
      agent: { oneOf: [{ type: 'null' }, scoreSchema] },
      customer: { oneOf: [{ type: 'null' }, scoreSchema] },
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'role', 'score', 'label', 'turns'],
          properties: {
            speaker: { type: 'string' },
            role: { enum: ['agent', 'customer'] },
            score: SCORE,
            label: LABEL,
            turns: { type: 'integer', minimum: 0 },
          },
        },
      },
      turns: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['segment_index', 'speaker', 'start', 'score', 'label'],
          properties: {
            segment_index: { type: 'integer', minimum: 0 },
            speaker: { type: 'string' },
            start: { type: ['number', 'null'] },
            score: SCORE,
            label: LABEL,
          },
        },
      },
      most_positive: turnEvidence,
      most_negative: turnEvidence,
    },
  },
  run: (input) => Promise.resolve(sentiment(input)),
};
