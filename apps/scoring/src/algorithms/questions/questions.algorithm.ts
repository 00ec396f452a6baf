import type { Algorithm, AlgorithmInput } from '../algorithm';
import { EVIDENCE_PROPERTIES, EVIDENCE_REQUIRED, Evidence, evidenceAt, quoteAround } from '../text/evidence';
import { analysisOf } from '../text/nlp';
import { roleOf, SpeakerRole } from '../text/speaker-roles';
import { findQuestions, QuestionType } from './question-syntax';

export interface QuestionsVariables {
  max_examples: number;
}

export interface QuestionCounts {
  total: number;
  open: number;
  closed: number;
}

export interface SpeakerQuestions extends QuestionCounts {
  speaker: string;
  role: SpeakerRole;
}

export interface QuestionExample extends Evidence {
  type: QuestionType;
}

export interface QuestionsOutput extends QuestionCounts {
  [key: string]: unknown;
  agent: QuestionCounts;
  customer: QuestionCounts;
  speakers: SpeakerQuestions[];
  examples: QuestionExample[];
}

const none = (): QuestionCounts => ({ total: 0, open: 0, closed: 0 });

const count = (counts: QuestionCounts, type: QuestionType) => {
  counts.total += 1;
  counts[type] += 1;
};

/** Questions asked per speaker and per side, open or closed, with examples (open ones first, as they say more). */
export function questions({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<QuestionsVariables>, 'segments' | 'call' | 'variables'>): QuestionsOutput {
  const role = roleOf(segments, call);
  const all = none();
  const bySide: Record<SpeakerRole, QuestionCounts> = { agent: none(), customer: none() };
  const bySpeaker = new Map<string, QuestionCounts>();
  const asked: QuestionExample[] = [];
  segments.forEach((segment, index) => {
    const speaker = bySpeaker.get(segment.speaker) ?? none();
    bySpeaker.set(segment.speaker, speaker);
    for (const question of findQuestions(analysisOf(segment))) {
      [all, bySide[role(segment.speaker)], speaker].forEach((counts) => count(counts, question.type));
      // The quote is the question itself, from its first word.
      const quote = quoteAround(segment.text.slice(question.start, question.end), 0, 0);
      asked.push({ ...evidenceAt(segments, index), quote, type: question.type });
    }
  });
  const examples = [
    ...asked.filter((example) => example.type === 'open'),
    ...asked.filter((example) => example.type === 'closed'),
  ].slice(0, variables.max_examples);
  return {
    ...all,
    agent: bySide.agent,
    customer: bySide.customer,
    speakers: [...bySpeaker.entries()].map(([speaker, counts]) => ({ speaker, role: role(speaker), ...counts })),
    examples,
  };
}

const COUNTS_PROPERTIES = {
  total: { type: 'integer', minimum: 0 },
  open: { type: 'integer', minimum: 0 },
  closed: { type: 'integer', minimum: 0 },
};

const countsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['total', 'open', 'closed'],
  properties: COUNTS_PROPERTIES,
};

export const QUESTIONS: Algorithm<QuestionsVariables, QuestionsOutput> = {
  id: 'questions',
  version: 1,
  name: 'Questions',
  description:
    'Questions asked per speaker and per side, open (what, how, tell me about) or closed (do you, can you, is it), found from question marks and, in unpunctuated speech, from question syntax; with examples',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max_examples: {
        type: 'integer',
        minimum: 0,
        maximum: 20,
        default: 5,
        description: 'How many questions to quote, open ones first',
      },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['total', 'open', 'closed', 'agent', 'customer', 'speakers', 'examples'],
    properties: {
      ...COUNTS_PROPERTIES,
      agent: countsSchema,
      customer: countsSchema,
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['speaker', 'role', 'total', 'open', 'closed'],
          properties: { speaker: { type: 'string' }, role: { enum: ['agent', 'customer'] }, ...COUNTS_PROPERTIES },
        },
      },
      examples: {
        type: 'array',
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: [...EVIDENCE_REQUIRED, 'type'],
          properties: { ...EVIDENCE_PROPERTIES, type: { enum: ['open', 'closed'] } },
        },
      },
    },
  },
  run: (input) => Promise.resolve(questions(input)),
};
