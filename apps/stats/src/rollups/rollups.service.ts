import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventTypes, JobCompletedEvent, JobCreatedEvent, JobFailedEvent, StatsRangeQuery, StatsSummary, WorkspaceContext } from '@callsight/contracts';
import { PermanentEventError } from '@callsight/messaging';

type Counter = 'created' | 'completed' | 'failed' | 'skipped';

interface RollupDelta {
  counter: Counter;
  processingMs: number;
  callSeconds: number;
}

/** Which rollup counters one event moves; pure so the arithmetic is testable without a database. */
export function deltaOf(event: EventEnvelope): RollupDelta | null {
  switch (event.type) {
    case EventTypes.jobCreated:
      return { counter: 'created', processingMs: 0, callSeconds: (event.data as JobCreatedEvent).job.durationSeconds ?? 0 };
    case EventTypes.jobCompleted: {
      const data = event.data as JobCompletedEvent;
      return { counter: 'completed', processingMs: Math.max(0, Date.parse(data.completedAt) - Date.parse(data.job.createdAt)), callSeconds: 0 };
    }
    case EventTypes.jobFailed:
      return { counter: 'failed', processingMs: 0, callSeconds: 0 };
    default:
      return null;
  }
}

/** Folds job events into per-day rollups and answers statistics from them. */
@Injectable()
export class RollupsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const delta = deltaOf(event);
    const createdAt = (event.data as { job?: { createdAt?: string } }).job?.createdAt;
    if (!delta || !createdAt) throw new PermanentEventError(`stats cannot count ${event.type} ${event.id}`);
    await manager.query(
      `INSERT INTO stats.daily_rollups (workspace_id, day, ${delta.counter}, processing_ms_sum, call_seconds_sum)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, 1, $3, $4)
       ON CONFLICT (workspace_id, day) DO UPDATE SET
         ${delta.counter} = daily_rollups.${delta.counter} + 1,
         processing_ms_sum = daily_rollups.processing_ms_sum + EXCLUDED.processing_ms_sum,
         call_seconds_sum = daily_rollups.call_seconds_sum + EXCLUDED.call_seconds_sum`,
      [event.workspaceId, createdAt, Math.round(delta.processingMs), delta.callSeconds],
    );
  }

  async summary(context: WorkspaceContext, range: StatsRangeQuery): Promise<StatsSummary> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(SUM(created), 0)::int AS created, COALESCE(SUM(completed), 0)::int AS completed,
              COALESCE(SUM(failed), 0)::int AS failed, COALESCE(SUM(skipped), 0)::int AS skipped,
              COALESCE(SUM(processing_ms_sum), 0)::float8 AS processing_ms, COALESCE(SUM(call_seconds_sum), 0)::float8 AS call_seconds
         FROM stats.daily_rollups
        WHERE workspace_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)`,
      [context.workspaceId, range.from?.slice(0, 10) ?? null, range.to?.slice(0, 10) ?? null],
    );
    const finished = row.completed + row.failed + row.skipped;
    return {
      from: range.from ?? null,
      to: range.to ?? null,
      jobs: { total: row.created, in_progress: Math.max(0, row.created - finished), completed: row.completed, failed: row.failed, skipped: row.skipped },
      avg_processing_seconds: row.completed > 0 ? Math.round(row.processing_ms / row.completed) / 1000 : null,
      total_call_seconds: row.call_seconds,
    };
  }
}
