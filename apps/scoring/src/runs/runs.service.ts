import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlgorithmRunResult, EventEnvelope, EventTypes, ScoringCompletedEvent, StageFailedEvent, TranscriptionCompletedEvent } from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent } from '@callsight/messaging';
import { AlgorithmCatalog } from '../algorithms/algorithm-catalog';
import type { Algorithm } from '../algorithms/algorithm';
import { AlgorithmRunEntity } from './algorithm-run.entity';

/** Runs the workspace's algorithms on a finished transcript and records every run. */
@Injectable()
export class RunsService {
  private readonly logger = new Logger(RunsService.name);

  constructor(private readonly catalog: AlgorithmCatalog) {}

  async scoreTranscript(event: EventEnvelope<TranscriptionCompletedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job, transcriptId, segments, text, durationSeconds } = event.data;
    const runs = this.catalog.defaults().map((algorithm) => this.runOne(algorithm, event, { segments, durationSeconds }));
    await manager.insert(AlgorithmRunEntity, runs as never);
    const failedRuns = runs.filter((run) => run.status === 'failed');
    if (failedRuns.length === runs.length && runs.length > 0) {
      const failed: StageFailedEvent = { job, code: 'algorithms_failed', reason: failedRuns.map((run) => `${run.algorithmId}: ${run.error}`).join('; ') };
      return [createEvent(EventTypes.scoringFailed, event.workspaceId, failed, event.traceparent)];
    }
    const results: AlgorithmRunResult[] = runs
      .filter((run) => run.status === 'succeeded')
      .map((run) => ({ runId: run.id, algorithmId: run.algorithmId, algorithmVersion: run.algorithmVersion, output: run.output ?? {} }));
    const completed: ScoringCompletedEvent = { job, transcriptId, transcriptText: text, runs: results };
    return [createEvent(EventTypes.scoringCompleted, event.workspaceId, completed, event.traceparent)];
  }

  private runOne(algorithm: Algorithm, event: EventEnvelope<TranscriptionCompletedEvent>, input: Parameters<Algorithm['run']>[0]): AlgorithmRunEntity {
    const started = performance.now();
    const base = {
      id: newId('run'),
      workspaceId: event.workspaceId,
      jobId: event.data.job.jobId,
      transcriptId: event.data.transcriptId,
      algorithmId: algorithm.id,
      algorithmVersion: algorithm.version,
      createdAt: new Date(),
    };
    try {
      const output = algorithm.run(input);
      return { ...base, status: 'succeeded', output, error: null, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      this.logger.error({ err: error, algorithmId: algorithm.id, jobId: base.jobId }, 'algorithm failed');
      const message = error instanceof Error ? error.message : String(error);
      return { ...base, status: 'failed', output: null, error: message, durationMs: Math.round(performance.now() - started) };
    }
  }
}
