import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AlgorithmRunCompletedEvent,
  AlgorithmRunResult,
  AlgorithmRuns,
  AlgorithmRunView,
  EventEnvelope,
  EventTypes,
  GetJobQuery,
  JobRef,
  JobView,
  PipelineResults,
  PipelineResultsQuery,
  MAX_COMPACT_OUTPUT_BYTES,
  MAX_COMPACT_OUTPUTS_BYTES,
  RunAlgorithmsCommand,
  ScoringCompletedEvent,
  StageFailedEvent,
  Subjects,
  TranscriptionCompletedEvent,
  TranscriptReply,
  TranscriptSegment,
  DomainError,
  ErrorCodes,
  WorkspaceContext,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox, RpcClient } from '@callsight/messaging';
import type { CallFacts } from '../algorithms/algorithm';
import { AlgorithmRegistry } from '../algorithms/algorithm-registry';
import { AppointmentsService } from '../appointments/appointments.service';
import { WorkspaceAnalysis, WorkspaceAnalysisService } from '../workspace-analysis/workspace-analysis.service';
import { AlgorithmRunEntity } from './algorithm-run.entity';
import { AlgorithmRunner, RunOutcome } from './algorithm-runner';
import { planRuns, resolveAlgorithm } from './run-plan';
import { RunsRepository } from './runs.repository';

interface RunTarget {
  workspaceId: string;
  jobId: string;
  transcriptId: string;
  trigger: AlgorithmRunEntity['trigger'];
  jobAttempt: number | null;
}

/** What scoring a transcript produced, before it is recorded; null when the attempt was already scored. */
export type ScoringWork = RunOutcome[] | null;

const viewOf = (run: AlgorithmRunEntity): AlgorithmRunView => ({
  run_id: run.id,
  job_id: run.jobId,
  algorithm_id: run.algorithmId,
  algorithm_version: run.algorithmVersion,
  status: run.status,
  output: run.output,
  error: run.error,
  variables: run.variables,
  metrics: run.metrics,
  duration_ms: run.durationMs,
  trigger: run.trigger,
  created_at: run.createdAt.toISOString(),
});

const factsOf = (job: JobRef, durationSeconds: number | null): CallFacts => ({
  durationSeconds: durationSeconds ?? job.durationSeconds,
  callDate: job.callDate ?? job.createdAt,
  direction: job.direction,
  title: job.title,
  titleSource: job.titleSource,
  repName: job.repName,
  language: job.language,
});

/**
 * Scores transcripts in the pipeline and on demand. The algorithms run outside any transaction;
 * only recording the runs and emitting the event is transactional, and every run is kept.
 */
@Injectable()
export class RunsService {
  constructor(
    private readonly registry: AlgorithmRegistry,
    private readonly runner: AlgorithmRunner,
    private readonly runs: RunsRepository,
    private readonly analysis: WorkspaceAnalysisService,
    private readonly rpc: RpcClient,
    private readonly outbox: Outbox,
    private readonly appointments: AppointmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** transcription.completed, outside a transaction: runs the job's algorithms unless this attempt was scored. */
  async scoreTranscript(event: EventEnvelope<TranscriptionCompletedEvent>): Promise<ScoringWork> {
    const { job, segments, durationSeconds } = event.data;
    const earlier = await this.runs.pipelineRunsOfAttempt(event.workspaceId, job.jobId, job.attempt ?? 1);
    if (earlier.length > 0) return null;
    const context = { workspaceId: event.workspaceId, requestId: event.id };
    const workspace = await this.analysis.forJob(context, job.configVersion ?? null);
    return this.analyse(job.algorithmIds, segments, factsOf(job, durationSeconds), 'pipeline', workspace);
  }

  /**
   * Records the attempt's runs and announces them. A re-driven event of an attempt already scored
   * announces the recorded runs again instead; events of one attempt take turns on a lock.
   */
  async recordScoring(
    event: EventEnvelope<TranscriptionCompletedEvent>,
    manager: EntityManager,
    outcomes: ScoringWork,
  ): Promise<EventEnvelope[]> {
    const { job, transcriptId } = event.data;
    const attempt = job.attempt ?? 1;
    await this.runs.lockAttempt(manager, event.workspaceId, job.jobId, attempt);
    const earlier = await this.runs.pipelineRunsOfAttempt(event.workspaceId, job.jobId, attempt, manager);
    if (earlier.length > 0 || outcomes === null) return this.announce(event, earlier);
    const target: RunTarget = {
      workspaceId: event.workspaceId,
      jobId: job.jobId,
      transcriptId,
      trigger: 'pipeline',
      jobAttempt: attempt,
    };
    const runs = outcomes.map((outcome) => this.entityOf(outcome, target));
    await this.runs.insert(manager, runs);
    await this.appointments.record(manager, runs, job);
    return this.announce(event, runs);
  }

  private async analyse(
    requested: readonly string[] | null,
    segments: readonly TranscriptSegment[],
    call: CallFacts,
    trigger: AlgorithmRunEntity['trigger'],
    analysis: WorkspaceAnalysis,
  ): Promise<RunOutcome[]> {
    return this.runner.run({
      plan: planRuns(this.registry, requested?.length ? requested : analysis.enabled, analysis.algorithms, {
        skipDeprecated: trigger === 'pipeline',
      }),
      segments,
      call,
      settings: analysis.settings,
      llm: analysis.llm,
      llmUnavailable: analysis.llmUnavailable,
      llmTimeoutMs: analysis.llmTimeoutMs,
    });
  }

  private announce(event: EventEnvelope<TranscriptionCompletedEvent>, runs: AlgorithmRunEntity[]): EventEnvelope[] {
    const { job, transcriptId } = event.data;
    const failedRuns = runs.filter((run) => run.status === 'failed');
    if (runs.length > 0 && failedRuns.length === runs.length) {
      const failed: StageFailedEvent = {
        job,
        code: 'algorithms_failed',
        reason: failedRuns.map((run) => `${run.algorithmId}: ${run.error}`).join('; '),
      };
      return [createEvent(EventTypes.scoringFailed, event.workspaceId, failed, event.traceparent)];
    }
    const completed: ScoringCompletedEvent = { job, transcriptId, runs: compactResults(runs) };
    return [createEvent(EventTypes.scoringCompleted, event.workspaceId, completed, event.traceparent)];
  }

  async list(context: WorkspaceContext, jobId: string): Promise<AlgorithmRuns> {
    const runs = await this.runs.forJob(context.workspaceId, jobId);
    return { job_id: jobId, data: runs.map(viewOf) };
  }

  /**
   * What each job's newest scoring.completed carried, for stats to recompute from (`stats rebuild`).
   * Answers the jobs in the order asked until the reply would pass REPLY_BUDGET_BYTES (at least one), so
   * it fits a NATS message whatever the outputs; `answered` says how many, and the caller asks for the rest.
   */
  async pipelineResults(context: WorkspaceContext, query: PipelineResultsQuery): Promise<PipelineResults> {
    const jobIds = query.jobIds.slice(0, MAX_RESULT_JOBS);
    if (jobIds.length === 0) return { jobs: [], answered: 0 };
    const byJob = new Map<string, AlgorithmRunEntity[]>();
    for (const run of await this.runs.newestPipelineRuns(context.workspaceId, jobIds)) {
      const runs = byJob.get(run.jobId);
      if (runs) runs.push(run);
      else byJob.set(run.jobId, [run]);
    }
    const jobs: PipelineResults['jobs'] = [];
    let bytes = 0;
    let answered = 0;
    for (const jobId of jobIds) {
      const runs = byJob.get(jobId);
      const result = runs ? { jobId, attempt: runs[0].jobAttempt ?? 1, runs: compactResults(runs) } : null;
      const size = result ? Buffer.byteLength(JSON.stringify(result)) : 0;
      if (answered > 0 && bytes + size > REPLY_BUDGET_BYTES) break;
      if (result) jobs.push(result);
      bytes += size;
      answered += 1;
    }
    return { jobs, answered };
  }

  async get(context: WorkspaceContext, runId: string): Promise<AlgorithmRunView> {
    const run = await this.runs.find(context.workspaceId, runId);
    if (!run) throw DomainError.notFound(`Algorithm run ${runId}`);
    return viewOf(run);
  }

  /** Runs algorithms now on the job's latest transcript (fetched from the transcription service). */
  async runOnDemand(context: WorkspaceContext, command: RunAlgorithmsCommand): Promise<AlgorithmRuns> {
    const requested = command.algorithm_ids ?? null;
    const workspace = await this.analysis.forJob(context);
    const unknown = (requested ?? []).filter((id) => !resolveAlgorithm(this.registry, workspace.algorithms, id));
    if (unknown.length > 0)
      throw new DomainError(
        ErrorCodes.validationFailed,
        `Unknown algorithm(s): ${unknown.join(', ')}`,
        unknown.map((id) => ({ field: 'algorithm_ids', message: `no algorithm named ${id}` })),
      );
    // The job's facts as the pipeline has them: without the call date, spoken times ("tomorrow at two") had no day.
    const [transcript, job] = await Promise.all([
      this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, { jobId: command.jobId }),
      this.rpc.request<JobView>(Subjects.ingestion.getJob, context, { jobId: command.jobId } satisfies GetJobQuery),
    ]);
    const facts: CallFacts = {
      durationSeconds: transcript.durationSeconds ?? job.duration_seconds,
      callDate: job.call_date ?? job.created_at,
      direction: job.direction,
      title: job.title,
      titleSource: job.title_source,
      repName: job.rep_name,
      language: job.language,
    };
    const outcomes = await this.analyse(requested, transcript.segments, facts, 'on_demand', workspace);
    const target: RunTarget = {
      workspaceId: context.workspaceId,
      jobId: command.jobId,
      transcriptId: transcript.transcriptId,
      trigger: 'on_demand',
      jobAttempt: null,
    };
    const runs = outcomes.map((outcome) => this.entityOf(outcome, target));
    // Recorded with their announcements, so a run kept is a run the workspace's webhooks hear of.
    await this.dataSource.transaction(async (manager) => {
      await this.runs.insert(manager, runs);
      await this.appointments.record(manager, runs, {
        callId: job.call_id,
        direction: job.direction,
        fromNumber: job.from_number,
        toNumber: job.to_number,
      });
      await this.outbox.add(manager, runs.map(completedEvent));
    });
    this.outbox.nudge();
    return { job_id: command.jobId, data: runs.map(viewOf) };
  }

  private entityOf(outcome: RunOutcome, target: RunTarget): AlgorithmRunEntity {
    return {
      id: newId('run'),
      workspaceId: target.workspaceId,
      jobId: target.jobId,
      transcriptId: target.transcriptId,
      jobAttempt: target.jobAttempt,
      algorithmId: outcome.algorithmId,
      algorithmVersion: outcome.algorithmVersion,
      trigger: target.trigger,
      status: outcome.status,
      output: outcome.output,
      error: outcome.error,
      variables: outcome.variables,
      metrics: outcome.metrics,
      durationMs: outcome.durationMs,
      createdAt: new Date(),
    };
  }
}

function completedEvent(run: AlgorithmRunEntity): EventEnvelope {
  const data: AlgorithmRunCompletedEvent = {
    jobId: run.jobId,
    runId: run.id,
    algorithmId: run.algorithmId,
    algorithmVersion: run.algorithmVersion,
    status: run.status,
  };
  return createEvent(EventTypes.algorithmRunCompleted, run.workspaceId, data);
}

const MAX_RESULT_JOBS = 500;
/** Well under NATS's default 1 MB message, whatever else the reply carries. */
const REPLY_BUDGET_BYTES = 512 * 1024;

/** Succeeded runs with their outputs where they are small, within one budget for the whole event. */
export function compactResults(runs: readonly AlgorithmRunEntity[]): AlgorithmRunResult[] {
  let budget = MAX_COMPACT_OUTPUTS_BYTES;
  return runs
    .filter((run) => run.status === 'succeeded')
    .map((run) => {
      const bytes = Buffer.byteLength(JSON.stringify(run.output ?? {}));
      const fits = bytes <= MAX_COMPACT_OUTPUT_BYTES && bytes <= budget;
      if (fits) budget -= bytes;
      return {
        runId: run.id,
        algorithmId: run.algorithmId,
        algorithmVersion: run.algorithmVersion,
        output: fits ? (run.output ?? {}) : null,
      };
    });
}
