import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AlgorithmRunResult,
  AlgorithmRuns,
  AlgorithmRunView,
  EventEnvelope,
  EventTypes,
  RunAlgorithmsCommand,
  ScoringCompletedEvent,
  StageFailedEvent,
  Subjects,
  TranscriptionCompletedEvent,
  TranscriptReply,
  WorkspaceContext,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, RpcClient } from '@callsight/messaging';
import { AlgorithmCatalog } from '../algorithms/algorithm-catalog';
import type { Algorithm, AlgorithmInput } from '../algorithms/algorithm';
import { AlgorithmRunEntity } from './algorithm-run.entity';

interface RunTarget {
  workspaceId: string;
  jobId: string;
  transcriptId: string;
  trigger: AlgorithmRunEntity['trigger'];
  jobAttempt: number | null;
}

const viewOf = (run: AlgorithmRunEntity): AlgorithmRunView => ({
  run_id: run.id,
  job_id: run.jobId,
  algorithm_id: run.algorithmId,
  algorithm_version: run.algorithmVersion,
  status: run.status,
  output: run.output,
  error: run.error,
  duration_ms: run.durationMs,
  trigger: run.trigger,
  created_at: run.createdAt.toISOString(),
});

/** Runs algorithms on transcripts (in the pipeline and on demand) and records every run. */
@Injectable()
export class RunsService {
  private readonly logger = new Logger(RunsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: AlgorithmCatalog,
    private readonly rpc: RpcClient,
  ) {}

  async scoreTranscript(
    event: EventEnvelope<TranscriptionCompletedEvent>,
    manager: EntityManager,
  ): Promise<EventEnvelope[]> {
    const { job, transcriptId, segments, durationSeconds } = event.data;
    const attempt = job.attempt ?? 1;
    const target: RunTarget = {
      workspaceId: event.workspaceId,
      jobId: job.jobId,
      transcriptId,
      trigger: 'pipeline',
      jobAttempt: attempt,
    };
    const earlier = await this.runsOfAttempt(manager, target, attempt);
    if (earlier.length > 0) return this.announce(event, earlier);
    const { algorithms, unknown } = this.catalog.select(job.algorithmIds);
    const runs = [
      ...algorithms.map((algorithm) => this.runOne(algorithm, target, { segments, durationSeconds })),
      ...unknown.map((id) => this.unknownRun(id, target)),
    ];
    await manager.insert(AlgorithmRunEntity, runs as never);
    return this.announce(event, runs);
  }

  /**
   * The pipeline runs already made for this job attempt: a re-driven transcription.completed announces
   * them again rather than scoring twice. Events of one attempt take turns, so the second sees the first's runs.
   */
  private async runsOfAttempt(
    manager: EntityManager,
    target: RunTarget,
    attempt: number,
  ): Promise<AlgorithmRunEntity[]> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `scoring-runs:${target.jobId}:${attempt}`,
    ]);
    return manager.find(AlgorithmRunEntity, {
      where: { workspaceId: target.workspaceId, jobId: target.jobId, jobAttempt: attempt, trigger: 'pipeline' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private announce(event: EventEnvelope<TranscriptionCompletedEvent>, runs: AlgorithmRunEntity[]): EventEnvelope[] {
    const { job, transcriptId, text } = event.data;
    const failedRuns = runs.filter((run) => run.status === 'failed');
    if (failedRuns.length === runs.length && runs.length > 0) {
      const failed: StageFailedEvent = {
        job,
        code: 'algorithms_failed',
        reason: failedRuns.map((run) => `${run.algorithmId}: ${run.error}`).join('; '),
      };
      return [createEvent(EventTypes.scoringFailed, event.workspaceId, failed, event.traceparent)];
    }
    const results: AlgorithmRunResult[] = runs
      .filter((run) => run.status === 'succeeded')
      .map((run) => ({
        runId: run.id,
        algorithmId: run.algorithmId,
        algorithmVersion: run.algorithmVersion,
        output: run.output ?? {},
      }));
    const completed: ScoringCompletedEvent = { job, transcriptId, transcriptText: text, runs: results };
    return [createEvent(EventTypes.scoringCompleted, event.workspaceId, completed, event.traceparent)];
  }

  async list(context: WorkspaceContext, jobId: string): Promise<AlgorithmRuns> {
    const runs = await this.dataSource
      .getRepository(AlgorithmRunEntity)
      .find({ where: { workspaceId: context.workspaceId, jobId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return { job_id: jobId, data: runs.map(viewOf) };
  }

  /** Runs algorithms now on the job's latest transcript (fetched from the transcription service). */
  async runOnDemand(context: WorkspaceContext, command: RunAlgorithmsCommand): Promise<AlgorithmRuns> {
    const algorithms = this.catalog.require(command.algorithm_ids);
    const transcript = await this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, {
      jobId: command.jobId,
    });
    const target: RunTarget = {
      workspaceId: context.workspaceId,
      jobId: command.jobId,
      transcriptId: transcript.transcriptId,
      trigger: 'on_demand',
      jobAttempt: null,
    };
    const runs = algorithms.map((algorithm) =>
      this.runOne(algorithm, target, { segments: transcript.segments, durationSeconds: transcript.durationSeconds }),
    );
    await this.dataSource.getRepository(AlgorithmRunEntity).insert(runs as never);
    return { job_id: command.jobId, data: runs.map(viewOf) };
  }

  private base(algorithmId: string, version: number, target: RunTarget) {
    return {
      id: newId('run'),
      workspaceId: target.workspaceId,
      jobId: target.jobId,
      transcriptId: target.transcriptId,
      jobAttempt: target.jobAttempt,
      algorithmId,
      algorithmVersion: version,
      trigger: target.trigger,
      createdAt: new Date(),
    };
  }

  private unknownRun(algorithmId: string, target: RunTarget): AlgorithmRunEntity {
    return {
      ...this.base(algorithmId, 0, target),
      status: 'failed',
      output: null,
      error: `no algorithm named ${algorithmId}`,
      durationMs: 0,
    };
  }

  private runOne(algorithm: Algorithm, target: RunTarget, input: AlgorithmInput): AlgorithmRunEntity {
    const started = performance.now();
    const base = this.base(algorithm.id, algorithm.version, target);
    try {
      const output = algorithm.run(input);
      return { ...base, status: 'succeeded', output, error: null, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      this.logger.error({ err: error, algorithmId: algorithm.id, jobId: target.jobId }, 'algorithm failed');
      const message = error instanceof Error ? error.message : String(error);
      return {
        ...base,
        status: 'failed',
        output: null,
        error: message,
        durationMs: Math.round(performance.now() - started),
      };
    }
  }
}
