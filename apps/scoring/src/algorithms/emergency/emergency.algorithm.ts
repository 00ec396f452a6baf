import type { Algorithm, AlgorithmInput } from '../algorithm';
import { isAffirmative, isQuestion, negatedBefore } from '../spoken/cues';
import { EVIDENCE_SCHEMA, Evidence, evidenceOf } from '../spoken/evidence';
import { Sentence, sentencesOf } from '../spoken/sentences';
import { speakerRoles, speakersOf, SpeakerRole } from '../text/speaker-roles';
import { round } from '../text/timing';
import {
  Cue,
  CUES,
  EMERGENCY_CATEGORIES,
  EmergencyCategory,
  INTENSIFIER,
  NOT_NOW,
  SEVERITY,
  Severity,
  VULNERABLE,
} from './emergency-cues';

export interface EmergencyVariables {
  /** Phrases that mean an emergency for this business, beyond the built-in cues. */
  extra_keywords: string[];
  categories: Record<Exclude<EmergencyCategory, 'custom'>, boolean>;
  min_confidence: number;
}

export type IgnoredBecause = 'negated' | 'not_now' | 'unanswered_question' | 'harmless_context' | 'disabled';

export interface EmergencySignal {
  category: EmergencyCategory;
  phrase: string;
  weight: number;
  /** Why a mention did not count; null when it did. */
  ignored: IgnoredBecause | null;
  evidence: Evidence;
}

export interface EmergencyOutput {
  [key: string]: unknown;
  is_emergency: boolean;
  category: EmergencyCategory | null;
  severity: Severity | 'none';
  confidence: number;
  evidence: Evidence | null;
  signals: EmergencySignal[];
}

/** Agents restate and ask; what the caller says about their own home or mouth is the stronger evidence. */
const ROLE_FACTOR: Record<SpeakerRole, number> = { customer: 1, agent: 0.75 };
const CONTEXT_REACH = 80;
const MAX_SIGNALS = 8;
/** Without anyone at risk, a dead furnace is an urgent repair rather than an emergency. */
const VULNERABLE_NO_HEAT_WEIGHT = 0.7;

/**
 * KestrelVoice's emergency detection: cues per category (gas, carbon monoxide, flooding, sewage, no
 * heat with someone at risk, electrical fire, dental trauma, medical, "it's an emergency"), each
 * mention checked for negation, for being about the past or a hypothetical, and for being a question
 * nobody confirmed; the counted mentions combine into a confidence per category.
 */
export function detectEmergency({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<EmergencyVariables>, 'segments' | 'call' | 'variables'>): EmergencyOutput {
  const roles = speakerRoles(speakersOf(segments), call);
  const sentences = sentencesOf(segments);
  const atRisk = sentences.some((sentence) => mentions(sentence.text, VULNERABLE));
  // Global copies once per run, not per sentence: matchAll needs the g flag (and clones the regex).
  const cues = [...CUES, ...customCues(variables.extra_keywords)].map((cue) => ({
    ...cue,
    pattern: new RegExp(cue.pattern.source, 'gi'),
  }));
  const signals = sentences.flatMap((sentence, index) =>
    cues.flatMap((cue) => signalsIn(sentence, sentences[index + 1], cue, { roles, atRisk, variables })),
  );
  return summarise(signals, variables.min_confidence);
}

interface Context {
  roles: ReadonlyMap<string, SpeakerRole>;
  atRisk: boolean;
  variables: EmergencyVariables;
}

function signalsIn(sentence: Sentence, next: Sentence | undefined, cue: Cue, context: Context): EmergencySignal[] {
  const found: EmergencySignal[] = [];
  for (const match of sentence.text.matchAll(cue.pattern)) {
    const index = match.index;
    const around = sentence.text.slice(Math.max(0, index - CONTEXT_REACH), index + match[0].length + CONTEXT_REACH);
    const reply = next && next.speaker !== sentence.speaker ? next : undefined;
    const confirmedBy = isQuestion(sentence.text) && reply && isAffirmative(reply.text) ? reply : undefined;
    const ignored = whyIgnored(cue, sentence.text, index, around, confirmedBy !== undefined, context);
    const speaker = confirmedBy?.speaker ?? sentence.speaker;
    const weight = ignored ? 0 : weightOf(cue, around, context.roles.get(speaker) ?? 'customer', context.atRisk);
    const evidence = confirmedBy
      ? evidenceOf({ ...confirmedBy, text: `${confirmedBy.text} (asked: ${sentence.text})` })
      : evidenceOf(sentence, { index, length: match[0].length });
    found.push({ category: cue.category, phrase: match[0].toLowerCase(), weight, ignored, evidence });
  }
  return found;
}

function whyIgnored(
  cue: Cue,
  text: string,
  index: number,
  around: string,
  confirmed: boolean,
  { variables }: Context,
): IgnoredBecause | null {
  if (cue.category !== 'custom' && !variables.categories[cue.category]) return 'disabled';
  if (negatedBefore(text, index)) return 'negated';
  if (NOT_NOW.test(around)) return 'not_now';
  if (cue.unless?.test(around) || inName(text, index)) return 'harmless_context';
  if (isQuestion(text) && !confirmed) return 'unanswered_question';
  return null;
}

function weightOf(cue: Cue, around: string, role: SpeakerRole, atRisk: boolean): number {
  const base = cue.category === 'no_heat_or_cooling' && atRisk ? VULNERABLE_NO_HEAT_WEIGHT : cue.weight;
  const intensified = INTENSIFIER.test(around) ? Math.min(0.95, base * 1.15) : base;
  return round(intensified * ROLE_FACTOR[role]);
}

/** A capitalised word after another inside a sentence is a name: "Bright Spark Electric", "Flood Pros". */
const inName = (text: string, index: number): boolean =>
  /^[A-Z]/.test(text.slice(index)) && /[A-Z][\w'&-]*\s+$/.test(text.slice(0, index));

/** Mentioned and not denied: "no kids at home" does not put anyone at risk. */
function mentions(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  return match !== null && !negatedBefore(text, match.index);
}

function customCues(keywords: readonly string[]): Cue[] {
  return keywords
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0)
    .map((keyword) => ({
      category: 'custom' as const,
      pattern: new RegExp(`\\b${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'i'),
      weight: 0.6,
    }));
}

/**
 * Mentions combine as independent evidence (1 − Π(1 − w)) per category, with "it's an emergency"
 * supporting whichever concrete category was mentioned; the strongest category wins.
 */
function summarise(signals: EmergencySignal[], minConfidence: number): EmergencyOutput {
  const counted = signals.filter((signal) => signal.ignored === null && signal.weight > 0);
  const declared = counted.filter((signal) => signal.category === 'declared');
  const concrete = new Set(counted.map((signal) => signal.category).filter((category) => category !== 'declared'));
  const ranked = [...concrete]
    .map((category) => ({
      category,
      confidence: combine([...counted.filter((signal) => signal.category === category), ...declared]),
    }))
    .sort((a, b) => b.confidence - a.confidence || severityRank(b.category) - severityRank(a.category));
  const best =
    ranked[0] ?? (declared.length > 0 ? { category: 'declared' as const, confidence: combine(declared) } : null);
  const listed = [...signals.filter((s) => s.ignored === null), ...signals.filter((s) => s.ignored !== null)]
    .slice(0, MAX_SIGNALS)
    .sort((a, b) => a.evidence.segment_index - b.evidence.segment_index);
  if (!best || best.confidence < minConfidence)
    return {
      is_emergency: false,
      category: null,
      severity: 'none',
      confidence: best?.confidence ?? 0,
      evidence: null,
      signals: listed,
    };
  const strongest = counted
    .filter((signal) => signal.category === best.category)
    .sort((a, b) => b.weight - a.weight || a.evidence.segment_index - b.evidence.segment_index)[0];
  return {
    is_emergency: true,
    category: best.category,
    severity: SEVERITY[best.category],
    confidence: best.confidence,
    evidence: strongest.evidence,
    signals: listed,
  };
}

const combine = (signals: readonly EmergencySignal[]): number =>
  round(1 - signals.reduce((remaining, signal) => remaining * (1 - signal.weight), 1));

const severityRank = (category: EmergencyCategory): number => ({ critical: 3, high: 2, medium: 1 })[SEVERITY[category]];

const CATEGORY_SWITCHES = EMERGENCY_CATEGORIES.filter((category) => category !== 'custom');

export const EMERGENCY: Algorithm<EmergencyVariables, EmergencyOutput> = {
  id: 'emergency',
  version: 1,
  name: 'Emergency detection',
  description:
    'Flags emergencies (gas, carbon monoxide, flooding, sewage, no heat with someone at risk, electrical fire, dental trauma, medical, "it\'s an emergency") with the evidence quote; negated, past and hypothetical mentions do not count',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      extra_keywords: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 100 },
        maxItems: 100,
        default: [],
        description: 'Phrases that mean an emergency for this business (category custom)',
      },
      categories: {
        type: 'object',
        additionalProperties: false,
        default: {},
        description: 'Turn a built-in category off with false',
        properties: Object.fromEntries(
          CATEGORY_SWITCHES.map((category) => [category, { type: 'boolean', default: true }]),
        ),
      },
      min_confidence: { type: 'number', minimum: 0, maximum: 1, default: 0.6 },
    },
  },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['is_emergency', 'category', 'severity', 'confidence', 'evidence', 'signals'],
    properties: {
      is_emergency: { type: 'boolean' },
      category: { enum: [...EMERGENCY_CATEGORIES, null] },
      severity: { enum: ['critical', 'high', 'medium', 'none'] },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      evidence: { oneOf: [EVIDENCE_SCHEMA, { type: 'null' }] },
      signals: {
        type: 'array',
        maxItems: MAX_SIGNALS,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['category', 'phrase', 'weight', 'ignored', 'evidence'],
          properties: {
            category: { enum: [...EMERGENCY_CATEGORIES] },
            phrase: { type: 'string' },
            weight: { type: 'number', minimum: 0, maximum: 1 },
            ignored: {
              enum: ['negated', 'not_now', 'unanswered_question', 'harmless_context', 'disabled', null],
            },
            evidence: EVIDENCE_SCHEMA,
          },
        },
      },
    },
  },
  run: (input) => Promise.resolve(detectEmergency(input)),
};
