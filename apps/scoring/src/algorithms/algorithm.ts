import type { CallDirection, ResolvedAnalysisSettings, TitleSource, TranscriptSegment } from '@callsight/contracts';
import type { JsonSchema } from './json-schema';

/**
 * rule: a deterministic function of the transcript; llm: asks a language model; aggregate: combines
 * other algorithms' outputs (scorecards, outcomes) and so runs after them.
 */
export type AlgorithmKind = 'rule' | 'llm' | 'aggregate';

export const ALGORITHM_KINDS: readonly AlgorithmKind[] = ['rule', 'llm', 'aggregate'];

/** What is known about the call besides its words. */
export interface CallFacts {
  durationSeconds: number | null;
  /** When the call happened (ISO 8601); relative dates ("tomorrow") are resolved against it. */
  callDate: string | null;
  direction: CallDirection | null;
  title: string | null;
  /** Kendo's title flags: `provided` keeps the caller's title over a generated one; null for the default flow. */
  titleSource: TitleSource | null;
  repName: string | null;
  language: string | null;
}

/** An answer from a language model, as the LLM algorithms need it. */
export interface LlmCompletion {
  output: Record<string, unknown>;
  model: string;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
  latency_ms: number;
}

export interface LlmRequest {
  system: string;
  prompt: string;
  outputSchema: JsonSchema;
  signal: AbortSignal;
}

/** A workspace's configured chat-completions endpoint; absent when the workspace has none. */
export interface LlmGateway {
  complete(request: LlmRequest): Promise<LlmCompletion>;
}

export interface AlgorithmInput<V = Record<string, unknown>> {
  segments: readonly TranscriptSegment[];
  call: CallFacts;
  /** The algorithm's variables: the workspace's values over the schema's defaults, already validated. */
  variables: V;
  /** The workspace's trackers, scorecards and processing thresholds. */
  settings: ResolvedAnalysisSettings;
  /** Outputs of the algorithms this one depends on that succeeded, by id; a skipped one is absent. */
  results: ReadonlyMap<string, Record<string, unknown>>;
  /** Aborted when the run's time is up or the service is stopping. */
  signal: AbortSignal;
  /** LLM algorithms and aggregates (a scorecard's questions) get one, only when the workspace configured an endpoint. */
  llm: LlmGateway | null;
}

/** A run that has nothing to say for a reason that is not a failure (no LLM endpoint, a dependency failed). */
export class AlgorithmSkipped extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * A built-in analysis. Lives in its own folder under `algorithms/` with its spec and fixtures and is
 * found by the registry; its id and version are recorded on every run, so a change in what it
 * outputs needs a new version.
 */
export interface Algorithm<V = Record<string, unknown>, O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  version: number;
  name: string;
  description: string;
  kind: AlgorithmKind;
  /** Runs on a call when the workspace has not chosen its own set. */
  enabledByDefault: boolean;
  /** Algorithms whose outputs this one reads; they run first, in the same plan. */
  dependsOn: readonly string[];
  /** JSON Schema (2020-12) of the variables object, with a default for every property. */
  variablesSchema: JsonSchema;
  /**
   * Defaults the workspace's configuration gives some variables: they take the place of the schema's
   * defaults, and what the workspace set for the algorithm (or its copy) still wins over them.
   */
  variablesFromSettings?(settings: ResolvedAnalysisSettings): Partial<V>;
  /** JSON Schema (2020-12) every output is checked against before it is recorded. */
  outputSchema: JsonSchema;
  run(input: AlgorithmInput<V>): Promise<O>;
}
