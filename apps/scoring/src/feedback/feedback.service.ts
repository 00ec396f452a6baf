import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCodes,
  FeedbackPage,
  FeedbackStats,
  FeedbackStatsQuery,
  FeedbackView,
  ListFeedbackQuery,
  SubmitFeedbackCommand,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { RunsRepository } from '../runs/runs.repository';
import { CatalogService } from '../catalog/catalog.service';
import { FeedbackEntity } from './feedback.entity';
import { decodeKeysetCursor, encodeKeysetCursor } from '@callsight/common/pagination';
import { FeedbackRepository, StatsWindow } from './feedback.repository';
import { LABEL_PATHS, labelStats, round } from './label-stats';

const viewOf = (feedback: FeedbackEntity): FeedbackView => ({
  feedback_id: feedback.id,
  run_id: feedback.runId,
  job_id: feedback.jobId,
  algorithm_id: feedback.algorithmId,
  algorithm_version: feedback.algorithmVersion,
  verdict: feedback.verdict,
  corrected_value: feedback.correctedValue ?? null,
  label: feedback.label,
  comment: feedback.comment,
  created_at: feedback.createdAt.toISOString(),
});

/** Verdicts on runs, the pages they are read in, and how accurate an algorithm has been. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly runs: RunsRepository,
    private readonly catalog: CatalogService,
  ) {}

  async submit(workspaceId: string, command: SubmitFeedbackCommand): Promise<FeedbackView> {
    const run = await this.runs.find(workspaceId, command.runId);
    if (!run) throw DomainError.notFound(`Algorithm run ${command.runId}`);
    if (run.status !== 'succeeded')
      throw new DomainError(
        ErrorCodes.conflict,
        `Run ${run.id} ${run.status}; only a run with an output can be judged`,
      );
    const feedback: FeedbackEntity = {
      id: newId('fb'),
      workspaceId,
      runId: run.id,
      jobId: run.jobId,
      algorithmId: run.algorithmId,
      algorithmVersion: run.algorithmVersion,
      verdict: command.verdict,
      correctedValue: command.corrected_value ?? null,
      label: command.label ?? null,
      comment: command.comment ?? null,
      createdAt: new Date(),
    };
    await this.feedback.insert(feedback);
    return viewOf(feedback);
  }

  async list(workspaceId: string, query: ListFeedbackQuery): Promise<FeedbackPage> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeKeysetCursor(query.cursor, 'fb') : undefined;
    const rows = await this.feedback.page(workspaceId, query, limit + 1, after);
    const page = rows.slice(0, limit);
    return {
      data: page.map(viewOf),
      next_cursor:
        rows.length > limit ? encodeKeysetCursor(page[page.length - 1].createdAt, page[page.length - 1].id) : null,
    };
  }

  /**
   * Accuracy of the runs made in the window, by day or week of the run, and for label outputs
   * precision, recall and F1 per label. An algorithm the workspace cannot see is not found.
   */
  async stats(workspaceId: string, algorithmId: string, query: FeedbackStatsQuery): Promise<FeedbackStats> {
    const algorithm = await this.catalog.get(workspaceId, algorithmId);
    const interval = query.interval ?? 'day';
    const window: StatsWindow = {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    const labelPath = LABEL_PATHS[algorithm.base_algorithm_id] ?? null;
    const [overTime, labelled] = await Promise.all([
      this.feedback.accuracyOverTime(workspaceId, algorithmId, interval, window),
      labelPath ? this.feedback.labelled(workspaceId, algorithmId, labelPath, window) : Promise.resolve([]),
    ]);
    const total = overTime.reduce((sum, row) => sum + row.total, 0);
    const correct = overTime.reduce((sum, row) => sum + row.correct, 0);
    return {
      algorithm_id: algorithmId,
      label_path: labelPath,
      total,
      correct,
      incorrect: total - correct,
      accuracy: total === 0 ? null : round(correct / total),
      interval,
      over_time: overTime.map((row) => ({
        period_start: row.period,
        total: row.total,
        correct: row.correct,
        accuracy: round(row.correct / row.total),
      })),
      labels: labelStats(labelled),
    };
  }
}
