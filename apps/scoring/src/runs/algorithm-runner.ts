import { Injectable, Logger } from '@nestjs/common';
import type { ResolvedAnalysisSettings, TranscriptSegment } from '@callsight/contracts';
import { AlgorithmSkipped, CallFacts, LlmCompletion, LlmGateway } from '../algorithms/algorithm';
import { AlgorithmRegistry } from '../algorithms/algorithm-registry';
import type { PlannedAlgorithm, RunPlan } from './run-plan';

/** A rule or aggregate that takes longer than this is stuck, not slow: a 30-minute call takes milliseconds. */
const RULE_TIMEOUT_MS = 10_000;

export type RunStatus = 'succeeded' | 'failed' | 'skipped';

/** One algorithm's outcome on one transcript, before it is recorded. */
export interface RunOutcome {
  algorithmId: string;
  algorithmVersion: number;
  status: RunStatus;
  output: Record<string, unknown> | null;
  /** Why it failed or was skipped. */
  error: string | null;
  variables: Record<string, unknown>;
  /** What an LLM run cost: model, token usage, latency. */
  metrics: Record<string, unknown> | null;
  durationMs: number;
}

export interface RunRequest {
  plan: RunPlan;
  segments: readonly TranscriptSegment[];
  call: CallFacts;
  settings: ResolvedAnalysisSettings;
  llm: LlmGateway | null;
  /** Why LLM algorithms cannot run, when `llm` is null. */
  llmUnavailable: string;
  llmTimeoutMs: number;
  signal?: AbortSignal;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs a plan: each algorithm starts as soon as what it depends on has finished, so rules run side by
 * side and aggregates wait for them. No database work happens here; the caller records the outcomes.
 */
@Injectable()
export class AlgorithmRunner {
  private readonly logger = new Logger(AlgorithmRunner.name);

  constructor(private readonly registry: AlgorithmRegistry) {}

  async run(request: RunRequest): Promise<RunOutcome[]> {
    const finished = new Map<string, Promise<RunOutcome>>();
    for (const planned of request.plan.algorithms)
      finished.set(planned.id, this.afterDependencies(planned, request, finished));
    const outcomes = await Promise.all(request.plan.algorithms.map((planned) => finished.get(planned.id)!));
    return [...outcomes, ...request.plan.unknown.map((id) => unknownOutcome(id))];
  }

  private async afterDependencies(
    planned: PlannedAlgorithm,
    request: RunRequest,
    finished: ReadonlyMap<string, Promise<RunOutcome>>,
  ): Promise<RunOutcome> {
    const { algorithm } = planned;
    const dependencies = await Promise.all(planned.dependsOn.map((id) => finished.get(id)!));
    const started = performance.now();
    const variables = this.registry.schemas.withDefaultsApplied<Record<string, unknown>>(algorithm.variablesSchema, {
      ...algorithm.variablesFromSettings?.(request.settings),
      ...planned.variables,
    });
    const outcome = (status: RunStatus, fields: Partial<RunOutcome> = {}): RunOutcome => ({
      algorithmId: planned.id,
      algorithmVersion: planned.version,
      status,
      output: null,
      error: null,
      variables: 'problems' in variables ? {} : variables.value,
      metrics: null,
      durationMs: Math.round(performance.now() - started),
      ...fields,
    });
    if ('problems' in variables)
      return outcome('failed', {
        error: `its variables are invalid: ${variables.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
      });
    // A skipped dependency had nothing to say (no trackers configured): the dependent runs without it.
    const failed = dependencies.find((dependency) => dependency.status === 'failed');
    if (failed) return outcome('skipped', { error: `it needs ${failed.algorithmId}, which failed` });
    if (algorithm.kind === 'llm' && !request.llm) return outcome('skipped', { error: request.llmUnavailable });
    // Aggregates may ask the model too (a scorecard's LLM questions), so they get it and its time.
    const asksModel = algorithm.kind !== 'rule' && request.llm !== null;
    const timeoutMs = !asksModel
      ? RULE_TIMEOUT_MS
      : algorithm.kind === 'llm'
        ? request.llmTimeoutMs
        : Math.max(request.llmTimeoutMs, RULE_TIMEOUT_MS);
    const deadline = new Deadline(timeoutMs, request.signal);
    const { signal } = deadline;
    let metrics: Record<string, unknown> | null = null;
    const llm: LlmGateway | null =
      asksModel && request.llm
        ? {
            complete: async (llmRequest) => {
              const completion = await request.llm!.complete(llmRequest);
              metrics = addedMetrics(metrics, completion);
              return completion;
            },
          }
        : null;
    try {
      const output = await abortable(
        algorithm.run({
          segments: request.segments,
          call: request.call,
          variables: variables.value,
          settings: request.settings,
          results: new Map(
            dependencies
              .filter((dependency) => dependency.status === 'succeeded')
              .map((dependency) => [dependency.algorithmId, dependency.output ?? {}]),
          ),
          signal,
          llm,
        }),
        signal,
      );
      const problems = this.registry.schemas.problems(algorithm.outputSchema, output);
      if (problems.length > 0)
        return outcome('failed', {
          metrics,
          error: `its output did not match its schema: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        });
      return outcome('succeeded', { output, metrics });
    } catch (error) {
      if (error instanceof AlgorithmSkipped) return outcome('skipped', { error: error.reason, metrics });
      this.logger.warn({ err: error, algorithmId: planned.id }, 'algorithm failed');
      const reason = deadline.expired ? `it took longer than ${timeoutMs} ms` : messageOf(error);
      return outcome('failed', { error: reason, metrics });
    } finally {
      deadline.clear();
    }
  }
}

/** A run that asks the model more than once records what all its requests cost. */
function addedMetrics(metrics: Record<string, unknown> | null, completion: LlmCompletion): Record<string, unknown> {
  const before = metrics as { usage: LlmCompletion['usage']; latency_ms: number } | null;
  const usage =
    before?.usage && completion.usage
      ? {
          prompt_tokens: before.usage.prompt_tokens + completion.usage.prompt_tokens,
          completion_tokens: before.usage.completion_tokens + completion.usage.completion_tokens,
          total_tokens: before.usage.total_tokens + completion.usage.total_tokens,
        }
      : (completion.usage ?? before?.usage ?? null);
  return { model: completion.model, usage, latency_ms: (before?.latency_ms ?? 0) + completion.latency_ms };
}

const unknownOutcome = (id: string): RunOutcome => ({
  algorithmId: id,
  algorithmVersion: 0,
  status: 'failed',
  output: null,
  error: `no algorithm named ${id}`,
  variables: {},
  metrics: null,
  durationMs: 0,
});

/**
 * Aborts when the run's time is up or the caller gives up. A timer of its own rather than
 * AbortSignal.any(AbortSignal.timeout()): the combined signal's sources can be collected before they fire.
 */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  expired = false;

  constructor(timeoutMs: number, outer?: AbortSignal) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    outer?.addEventListener('abort', () => this.controller.abort(outer.reason), { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

/** Settles when the work does or the signal aborts, whichever is first: a stuck algorithm cannot hold a job. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
