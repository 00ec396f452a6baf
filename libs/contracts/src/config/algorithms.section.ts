import { algorithmIdSchema, ownIdSchema } from './json-schema';

export const REDACTION_ENTITIES = ['phone', 'email', 'card', 'ssn'] as const;
export type RedactionEntity = (typeof REDACTION_ENTITIES)[number];
export const TRACKER_SPEAKERS = ['any', 'agent', 'customer'] as const;
export const TRACKER_PARTS = ['any', 'start', 'middle', 'end'] as const;
export const RULE_OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;

const nameSchema = { type: 'string', minLength: 1, maxLength: 100 } as const;
const weightSchema = {
  description: "The criterion's share of the score, relative to the other criteria",
  type: 'number',
  exclusiveMinimum: 0,
  maximum: 100,
} as const;

export const trackerSchema = {
  title: 'Tracker',
  description: 'Phrases to find in calls, as Gong trackers do',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'phrases', 'speaker', 'part', 'negation_aware', 'word_forms'],
  properties: {
    id: { ...ownIdSchema, description: 'Unique among the trackers' },
    name: nameSchema,
    phrases: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: { type: 'string', minLength: 1, maxLength: 200 },
    },
    speaker: { description: 'Whose speech counts', enum: TRACKER_SPEAKERS, default: 'any' },
    part: { description: 'Which third of the call counts', enum: TRACKER_PARTS, default: 'any' },
    negation_aware: {
      description: 'A negated phrase ("I do not want to cancel") does not count',
      type: 'boolean',
      default: true,
    },
    word_forms: { description: 'Inflections match too (cancel, cancels, cancelled)', type: 'boolean', default: true },
  },
} as const;

const criterionBase = {
  id: { ...ownIdSchema, description: 'Unique within the scorecard' },
  name: nameSchema,
  weight: weightSchema,
} as const;

export const scorecardSchema = {
  title: 'Scorecard',
  description: 'Weighted criteria combined into a 0 to 100 score',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'pass_score', 'criteria'],
  properties: {
    id: { ...ownIdSchema, description: 'Unique among the scorecards' },
    name: nameSchema,
    pass_score: { description: 'Scores from this one up pass', type: 'number', minimum: 0, maximum: 100, default: 70 },
    criteria: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        discriminator: { propertyName: 'type' },
        oneOf: [
          {
            title: 'Tracker criterion',
            description: "Met when the tracker's phrases are present (or absent)",
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'weight', 'type', 'tracker_id', 'expect'],
            properties: {
              ...criterionBase,
              type: { const: 'tracker' },
              tracker_id: { ...ownIdSchema, description: 'A tracker of this config' },
              expect: { enum: ['present', 'absent'] },
            },
          },
          {
            title: 'Rule criterion',
            description: "Met when a value of an algorithm's output compares as stated",
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'weight', 'type', 'algorithm_id', 'path', 'operator', 'value'],
            properties: {
              ...criterionBase,
              type: { const: 'rule' },
              algorithm_id: algorithmIdSchema,
              path: {
                description: "Dot path into the algorithm's output, e.g. agent.talk_share",
                type: 'string',
                pattern: '^[A-Za-z0-9_]{1,64}(\\.[A-Za-z0-9_]{1,64}){0,15}$',
              },
              operator: { enum: RULE_OPERATORS },
              value: { type: ['number', 'string', 'boolean'], maxLength: 200 },
            },
          },
          {
            title: 'LLM criterion',
            description: 'A yes/no question about the call, answered by the workspace LLM',
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'weight', 'type', 'question'],
            properties: {
              ...criterionBase,
              type: { const: 'llm' },
              question: { type: 'string', minLength: 1, maxLength: 1000 },
            },
          },
        ],
      },
    },
  },
} as const;

export const algorithmsSchema = {
  title: 'Algorithms',
  description: 'Which algorithms run on new jobs, with trackers, scorecards and PII redaction',
  type: 'object',
  additionalProperties: false,
  required: ['enabled', 'trackers', 'scorecards', 'redaction'],
  properties: {
    enabled: {
      description: "Algorithm ids run for new jobs; null for the catalog's defaults",
      type: ['array', 'null'],
      maxItems: 100,
      uniqueItems: true,
      items: algorithmIdSchema,
      default: null,
    },
    trackers: { type: 'array', maxItems: 100, items: trackerSchema, default: [] },
    scorecards: { type: 'array', maxItems: 20, items: scorecardSchema, default: [] },
    redaction: {
      description: 'PII removed from transcripts before anything else sees them',
      type: 'object',
      additionalProperties: false,
      required: ['enabled', 'entities'],
      properties: {
        enabled: { type: 'boolean', default: false },
        entities: {
          type: 'array',
          uniqueItems: true,
          maxItems: REDACTION_ENTITIES.length,
          items: { enum: REDACTION_ENTITIES },
          default: [...REDACTION_ENTITIES],
        },
      },
      default: { enabled: false, entities: [...REDACTION_ENTITIES] },
    },
  },
  examples: [
    {
      enabled: ['talk_ratio', 'trackers', 'scorecard'],
      trackers: [{ id: 'cancel', name: 'Cancellation', phrases: ['cancel my account'], speaker: 'customer' }],
      scorecards: [
        {
          id: 'intro',
          name: 'Intro call',
          criteria: [
            {
              id: 'no_cancel',
              name: 'No cancellation talk',
              weight: 2,
              type: 'tracker',
              tracker_id: 'cancel',
              expect: 'absent',
            },
            {
              id: 'listens',
              name: 'Agent listens',
              weight: 1,
              type: 'rule',
              algorithm_id: 'talk_ratio',
              path: 'agent.talk_share',
              operator: '<=',
              value: 0.6,
            },
            {
              id: 'next_step',
              name: 'Next step agreed',
              weight: 1,
              type: 'llm',
              question: 'Did the agent agree a next step?',
            },
          ],
        },
      ],
      redaction: { enabled: true, entities: ['phone', 'card'] },
    },
  ],
} as const;

export interface TrackerConfig {
  /** Unique within trackers. */
  id: string;
  name: string;
  phrases: string[];
  speaker: (typeof TRACKER_SPEAKERS)[number];
  /** Thirds of the call. */
  part: (typeof TRACKER_PARTS)[number];
  negation_aware: boolean;
  /** Match inflections: cancel/cancels/cancelled. */
  word_forms: boolean;
}

interface CriterionBase {
  id: string;
  name: string;
  /** > 0, ≤ 100. */
  weight: number;
}

export type ScorecardCriterion =
  | (CriterionBase & { type: 'tracker'; tracker_id: string; expect: 'present' | 'absent' })
  | (CriterionBase & {
      type: 'rule';
      algorithm_id: string;
      /** Dot path into that algorithm's output, e.g. "agent.talk_share". */
      path: string;
      operator: (typeof RULE_OPERATORS)[number];
      value: number | string | boolean;
    })
  | (CriterionBase & { type: 'llm'; question: string });

export interface ScorecardConfig {
  id: string;
  name: string;
  pass_score: number;
  criteria: ScorecardCriterion[];
}

export interface AlgorithmsConfig {
  /** Algorithm ids run for new jobs; null = the catalog's defaults. */
  enabled: string[] | null;
  trackers: TrackerConfig[];
  scorecards: ScorecardConfig[];
  redaction: { enabled: boolean; entities: RedactionEntity[] };
}
