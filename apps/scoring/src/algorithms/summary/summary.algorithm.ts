import type { Algorithm, AlgorithmInput } from '../algorithm';
import type { AppointmentOutput } from '../appointment/appointment.algorithm';
import type { EmergencyOutput } from '../emergency/emergency.algorithm';
import { EVIDENCE_SCHEMA } from '../spoken/evidence';
import { sentencesOf } from '../spoken/sentences';
import { speakerRoles, speakersOf } from '../text/speaker-roles';
import { ActionItem, actionItemsOf } from './action-items';
import { titleOf, TitleSource } from './call-title';
import { centrality } from './centrality';
import { nounPhrasesOf, tokensOf } from './language';

export interface SummaryVariables {
  max_sentences: number;
  max_topics: number;
}

export interface SummaryOutput {
  [key: string]: unknown;
  summary: string;
  action_items: ActionItem[];
  topics: string[];
  title: string;
  title_source: TitleSource;
}

/** A sentence with fewer content words ("yeah okay thanks") is not summary material. */
const MIN_CONTENT_WORDS = 3;
const MAX_SUMMARY_CHARS = 1200;
/** A sentence this close to one already chosen repeats it (agents restate, calls loop back). */
const MAX_OVERLAP = 0.7;
const MAX_ACTION_ITEMS = 10;
/** Longer phrases say more ("wrong tax rate" over "rate"), so each extra word adds half a mention. */
const PHRASE_WORD_BONUS = 0.5;

/**
 * An extractive summary (the most central sentences by TextRank over TF-IDF, in call order), the
 * action items said, the key topics (noun phrases) and a title by Kendo's title rules.
 */
export function summarise({
  segments,
  call,
  variables,
  results,
}: Pick<AlgorithmInput<SummaryVariables>, 'segments' | 'call' | 'variables' | 'results'>): SummaryOutput {
  const sentences = sentencesOf(segments);
  const tokens = sentences.map((sentence) => tokensOf(sentence.text));
  const bags = tokens.map((list) => list.filter((token) => token.content).map((token) => token.lemma));
  const { scores, similarity } = centrality(bags);
  const limit = Math.min(variables.max_sentences, Math.ceil(sentences.length / 3));
  const ranked = sentences
    .map((sentence, index) => ({ sentence, index, score: scores[index] }))
    .filter(({ index }) => bags[index].length >= MIN_CONTENT_WORDS)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: typeof ranked = [];
  for (const candidate of ranked) {
    if (chosen.length >= limit) break;
    if (chosen.some(({ index }) => similarity(index, candidate.index) > MAX_OVERLAP)) continue;
    chosen.push(candidate);
  }
  chosen.sort((a, b) => a.index - b.index);
  const names = namesIn(segments);
  const phrases = tokens.map((list) => nounPhrasesOf(list).filter((phrase) => !names.has(phrase)));
  const topics = topicsOf(phrases, variables.max_topics);
  const roles = speakerRoles(speakersOf(segments), call);
  return {
    summary: cut(chosen.map(({ sentence }) => `${sentence.speaker}: ${sentence.text}`).join(' ')),
    action_items: actionItemsOf(sentences, roles).slice(0, MAX_ACTION_ITEMS),
    topics,
    ...titleOf({
      call,
      emergency: results.get('emergency') as EmergencyOutput | undefined,
      appointment: results.get('appointment') as AppointmentOutput | undefined,
      topics,
      text: segments.map((segment) => segment.text).join(' '),
    }),
  };
}

const INTRODUCED = /\b(?:this is|my name is|i'm|hi|hello|hey|thanks|thank you),? ([A-Z][a-z]+)\b/g;

/** People's names (speaker labels, "this is Priya", "hi Priya") are who was on the call, not what it was about. */
function namesIn(segments: AlgorithmInput['segments']): Set<string> {
  const names = new Set(segments.flatMap((segment) => segment.speaker.toLowerCase().split(/\s+/)));
  for (const segment of segments)
    for (const match of segment.text.matchAll(INTRODUCED)) names.add(match[1].toLowerCase());
  return names;
}

/** The phrases said most, longer ones first among equals; a phrase inside a chosen one is not repeated. */
function topicsOf(phrasesPerSentence: readonly string[][], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const phrase of phrasesPerSentence.flat()) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  const weight = (phrase: string): number =>
    counts.get(phrase)! * (1 + PHRASE_WORD_BONUS * (phrase.split(' ').length - 1));
  const ranked = [...counts.keys()].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
  const topics: string[] = [];
  for (const phrase of ranked) {
    if (topics.length >= limit) break;
    if (topics.some((topic) => topic.includes(phrase) || phrase.includes(topic))) continue;
    topics.push(phrase);
  }
  return topics;
}

const cut = (text: string): string =>
  text.length <= MAX_SUMMARY_CHARS ? text : `${text.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd()}…`;

export const SUMMARY: Algorithm<SummaryVariables, SummaryOutput> = {
  id: 'summary',
  version: 1,
  name: 'Summary, action items, topics and title',
  description:
    "An extractive summary of the call's most central sentences, the action items with who owns them, the key topics and a title that keeps the caller's own when Kendo's title flags ask for it",
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: ['emergency', 'appointment'],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max_sentences: { type: 'integer', minimum: 1, maximum: 20, default: 5 },
      max_topics: { type: 'integer', minimum: 1, maximum: 20, default: 5 },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'action_items', 'topics', 'title', 'title_source'],
    properties: {
      summary: { type: 'string', maxLength: MAX_SUMMARY_CHARS },
      action_items: {
        type: 'array',
        maxItems: MAX_ACTION_ITEMS,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['text', 'owner', 'evidence'],
          properties: {
            text: { type: 'string' },
            owner: { enum: ['agent', 'customer'] },
            evidence: EVIDENCE_SCHEMA,
          },
        },
      },
      topics: { type: 'array', maxItems: 20, items: { type: 'string' } },
      title: { type: 'string', minLength: 1, maxLength: 80 },
      title_source: { enum: ['provided', 'generated'] },
    },
  },
  run: (input) => Promise.resolve(summarise(input)),
};
