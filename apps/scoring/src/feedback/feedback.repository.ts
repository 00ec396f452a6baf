import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import type { FeedbackFilter } from '@callsight/contracts';
import { FeedbackEntity } from './feedback.entity';
import type { LabelledFeedback } from './label-stats';
import type { KeysetCursor } from '@callsight/common/pagination';

export interface StatsWindow {
  from?: Date;
  to?: Date;
}

export interface AccuracyRow {
  /** The bucket's first day, YYYY-MM-DD (UTC). */
  period: string;
  total: number;
  correct: number;
}

/**
 * The latest feedback of each run of one algorithm, over runs made in the window. Statistics are
 * about the runs, so a run judged twice counts once, as its latest verdict says.
 */
const LATEST_PER_RUN = `
  WITH latest AS (
    SELECT DISTINCT ON (f.run_id) f.run_id, f.verdict, f.label, f.corrected_value, r.output, r.created_at AS run_at
    FROM scoring.feedback f
    JOIN scoring.algorithm_runs r ON r.id = f.run_id AND r.workspace_id = f.workspace_id
    WHERE f.workspace_id = $1 AND f.algorithm_id = $2
      AND ($3::timestamptz IS NULL OR r.created_at >= $3) AND ($4::timestamptz IS NULL OR r.created_at < $4)
    ORDER BY f.run_id, f.created_at DESC, f.id DESC
  )`;

/** Feedback on runs: only ever added. */
@Injectable()
export class FeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(feedback: FeedbackEntity): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO scoring.feedback
         (id, workspace_id, run_id, job_id, algorithm_id, algorithm_version, verdict, corrected_value, label, comment,
          created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)`,
      [
        feedback.id,
        feedback.workspaceId,
        feedback.runId,
        feedback.jobId,
        feedback.algorithmId,
        feedback.algorithmVersion,
        feedback.verdict,
        // An array parameter would be sent as a PostgreSQL array; JSON text is what a jsonb column takes.
        feedback.correctedValue === null ? null : JSON.stringify(feedback.correctedValue),
        feedback.label,
        feedback.comment,
        feedback.createdAt,
      ],
    );
  }

  /** Oldest first, after the cursor. */
  page(workspaceId: string, filter: FeedbackFilter, limit: number, after?: KeysetCursor): Promise<FeedbackEntity[]> {
    const builder = this.dataSource
      .getRepository(FeedbackEntity)
      .createQueryBuilder('feedback')
      .where('feedback.workspace_id = :workspaceId', { workspaceId });
    if (filter.algorithm_id)
      builder.andWhere('feedback.algorithm_id = :algorithmId', { algorithmId: filter.algorithm_id });
    if (filter.verdict) builder.andWhere('feedback.verdict = :verdict', { verdict: filter.verdict });
    if (filter.job_id) builder.andWhere('feedback.job_id = :jobId', { jobId: filter.job_id });
    if (filter.from) builder.andWhere('feedback.created_at >= :from', { from: new Date(filter.from) });
    if (filter.to) builder.andWhere('feedback.created_at < :to', { to: new Date(filter.to) });
    if (after)
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('feedback.created_at > :afterAt', { afterAt: after.at })
            .orWhere('feedback.created_at = :afterAt AND feedback.id > :afterId', { afterId: after.id }),
        ),
      );
    return builder.orderBy('feedback.createdAt', 'ASC').addOrderBy('feedback.id', 'ASC').limit(limit).getMany();
  }

  async accuracyOverTime(
    workspaceId: string,
    algorithmId: string,
    interval: 'day' | 'week',
    window: StatsWindow,
  ): Promise<AccuracyRow[]> {
    return this.dataSource.query<AccuracyRow[]>(
      `${LATEST_PER_RUN}
       SELECT to_char(date_trunc($5, run_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period, count(*)::int AS total,
              (count(*) FILTER (WHERE verdict = 'correct'))::int AS correct
       FROM latest GROUP BY 1 ORDER BY 1`,
      [workspaceId, algorithmId, window.from ?? null, window.to ?? null, interval],
    );
  }

  /** Groups of runs by the label they output and what their feedback said about it. */
  async labelled(
    workspaceId: string,
    algorithmId: string,
    labelPath: string,
    window: StatsWindow,
  ): Promise<LabelledFeedback[]> {
    const path = labelPath.split('.');
    return this.dataSource.query<LabelledFeedback[]>(
      `${LATEST_PER_RUN}
       SELECT output #>> $5::text[] AS predicted, verdict, label,
              CASE WHEN jsonb_typeof(corrected_value) = 'object' THEN corrected_value #>> $5::text[]
                   WHEN jsonb_typeof(corrected_value) IN ('string', 'number', 'boolean') THEN corrected_value #>> '{}'
              END AS corrected,
              count(*)::int AS count
       FROM latest GROUP BY 1, 2, 3, 4`,
      [workspaceId, algorithmId, window.from ?? null, window.to ?? null, path],
    );
  }
}
