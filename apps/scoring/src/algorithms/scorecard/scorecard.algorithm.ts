import type { ScorecardConfig, ScorecardCriterion } from '@callsight/contracts';
import type { Algorithm, AlgorithmInput } from '../algorithm';
import { AlgorithmSkipped } from '../algorithm';
import { round } from '../text/timing';
import { CriterionVerdict, Evidence } from './criterion-result';
import { askQuestions, unanswered } from './llm-questions';
import { judgeRule, judgeTracker } from './rule-criteria';

export interface ScorecardVariables {
  [key: string]: unknown;
  max_transcript_chars: number;
  max_evidence: number;
}

export interface CriterionScore {
  id: string;
  name: string;
  type: ScorecardCriterion['type'];
  weight: number;
  met: boolean | null;
  /** 100 when met, 0 when not, null when it could not be scored (then it does not count toward the weights). */
  score: number | null;
  evidence: Evidence[];
  reason: string;
}

export interface ScorecardScore {
  id: string;
  name: string;
  /** The weighted share of the scored criteria that were met, 0–100; null when none could be scored. */
  score: number | null;
  pass_score: number;
  passed: boolean | null;
  scored_weight: number;
  criteria: CriterionScore[];
}

export interface ScorecardOutput {
  [key: string]: unknown;
  scorecards: ScorecardScore[];
}

const NO_MODEL = 'not scored: no usable LLM endpoint is configured for the workspace (config section llm)';

/** LLM questions first, once for all scorecards; a model that fails leaves them unscored, not the scorecard failed. */
async function llmVerdicts(input: AlgorithmInput<ScorecardVariables>): Promise<Map<string, CriterionVerdict>> {
  const questions = [
    ...new Set(
      input.settings.scorecards.flatMap((card) =>
        card.criteria.flatMap((criterion) => (criterion.type === 'llm' ? [criterion.question] : [])),
      ),
    ),
  ];
  if (questions.length === 0) return new Map();
  if (!input.llm) return unanswered(questions, NO_MODEL);
  if (input.segments.every((segment) => segment.text.trim() === ''))
    return unanswered(questions, 'not scored: the transcript is empty');
  try {
    const { segments, variables, signal } = input;
    return await askQuestions(input.llm, questions, segments, variables.max_transcript_chars, signal);
  } catch (error) {
    if (input.signal.aborted) throw error;
    return unanswered(questions, `not scored: the model could not answer: ${(error as Error).message}`);
  }
}

function verdictOf(
  criterion: ScorecardCriterion,
  input: AlgorithmInput<ScorecardVariables>,
  llm: ReadonlyMap<string, CriterionVerdict>,
): CriterionVerdict {
  if (criterion.type === 'tracker')
    return judgeTracker(criterion, input.results.get('trackers'), input.variables.max_evidence);
  if (criterion.type === 'rule') return judgeRule(criterion, input.results.get(criterion.algorithm_id));
  return llm.get(criterion.question)!;
}

function scoreCard(
  card: ScorecardConfig,
  verdicts: (criterion: ScorecardCriterion) => CriterionVerdict,
): ScorecardScore {
  const criteria: CriterionScore[] = card.criteria.map((criterion) => {
    const verdict = verdicts(criterion);
    return {
      id: criterion.id,
      name: criterion.name,
      type: criterion.type,
      weight: criterion.weight,
      met: verdict.met,
      score: verdict.met === null ? null : verdict.met ? 100 : 0,
      evidence: verdict.evidence,
      reason: verdict.reason,
    };
  });
  const scored = criteria.filter((criterion) => criterion.met !== null);
  const weight = (list: CriterionScore[]) =>
    list.reduce((total, criterion) => total + Math.max(0, criterion.weight), 0);
  const scoredWeight = weight(scored);
  const score = scoredWeight > 0 ? round((100 * weight(scored.filter((c) => c.met))) / scoredWeight, 1) : null;
  return {
    id: card.id,
    name: card.name,
    score,
    pass_score: card.pass_score,
    passed: score === null ? null : score >= card.pass_score,
    scored_weight: scoredWeight,
    criteria,
  };
}

export async function scoreCall(input: AlgorithmInput<ScorecardVariables>): Promise<ScorecardOutput> {
  if (input.settings.scorecards.length === 0) throw new AlgorithmSkipped('the workspace has no scorecards');
  const llm = await llmVerdicts(input);
  return { scorecards: input.settings.scorecards.map((card) => scoreCard(card, (c) => verdictOf(c, input, llm))) };
}

const nullableNumber = { type: ['number', 'null'] };

export const SCORECARD: Algorithm<ScorecardVariables, ScorecardOutput> = {
  id: 'scorecard',
  version: 1,
  name: 'Scorecard',
  description:
    "Scores the call against each of the workspace's scorecards: weighted criteria, each a tracker, a rule on another algorithm's output or a question for the workspace's model, into 0–100 with per-criterion evidence",
  kind: 'aggregate',
  enabledByDefault: true,
  // Rule criteria may name any of these; trackers is absent from the results when the workspace has none.
  dependsOn: [
    'talk_ratio',
    'trackers',
    'questions',
    'fillers',
    'interruptions',
    'sentiment',
    'speaking_rate',
    'emergency',
    'appointment',
    'missed_call',
    'outcome',
  ],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      max_transcript_chars: { type: 'integer', minimum: 1_000, maximum: 500_000, default: 60_000 },
      max_evidence: { type: 'integer', minimum: 0, maximum: 20, default: 3 },
    },
  },
  outputSchema: {
    type: 'object',
    required: ['scorecards'],
    additionalProperties: false,
    properties: {
      scorecards: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'score', 'pass_score', 'passed', 'scored_weight', 'criteria'],
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
            pass_score: { type: 'number' },
            passed: { type: ['boolean', 'null'] },
            scored_weight: { type: 'number', minimum: 0 },
            criteria: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'name', 'type', 'weight', 'met', 'score', 'evidence', 'reason'],
                properties: {
                  id: { type: 'string' },
                  name: { type: 'string' },
                  type: { enum: ['tracker', 'rule', 'llm'] },
                  weight: { type: 'number' },
                  met: { type: ['boolean', 'null'] },
                  score: nullableNumber,
                  evidence: {
                    type: 'array',
                    items: {
                      type: 'object',
                      additionalProperties: false,
                      required: ['quote', 'start'],
                      properties: { quote: { type: 'string', maxLength: 200 }, start: nullableNumber },
                    },
                  },
                  reason: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  },
  run: scoreCall,
};
