import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  EventEnvelope,
  JobRef,
  StatsByOrganization,
  StatsByOrganizationQuery,
  StatsRangeQuery,
  StatsSummary,
  WorkspaceContext,
} from '@callsight/contracts';
import { PermanentEventError } from '@callsight/messaging';
import { CountedStatus, JobState, nextJobState, rollupDelta } from './job-state';

/** Folds job events into rollups per UTC day of submission and organization, and answers statistics from them. */
@Injectable()
export class RollupsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const job = (event.data as { job?: JobRef }).job;
    if (!job?.jobId || !job.createdAt) throw new PermanentEventError(`stats cannot count ${event.type} ${event.id}`);
    // Each event type has its own consumer, so a job's events may be applied at once; FOR UPDATE locks
    // nothing before the job's first row exists, and both would count the job as new.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stats-job:${job.jobId}`]);
    const [row] = await manager.query<{ attempt: number; status: CountedStatus; processing_ms: string }[]>(
      'SELECT attempt, status, processing_ms FROM stats.job_states WHERE job_id = $1 FOR UPDATE',
      [job.jobId],
    );
    const previous: JobState | null = row
      ? { attempt: row.attempt, status: row.status, processingMs: Number(row.processing_ms) }
      : null;
    const next = nextJobState(previous, event);
    if (!next) return;
    const delta = rollupDelta(previous, next);
    const callSeconds = previous ? 0 : (job.durationSeconds ?? 0);
    const organization = job.sourceCompanyId ?? '';
    await manager.query(
      `INSERT INTO stats.job_states (job_id, workspace_id, day, attempt, status, processing_ms, call_seconds, organization_id)
       VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $4, $5, $6, $7, $8)
       ON CONFLICT (job_id) DO UPDATE SET attempt = EXCLUDED.attempt, status = EXCLUDED.status, processing_ms = EXCLUDED.processing_ms`,
      [
        job.jobId,
        event.workspaceId,
        job.createdAt,
        next.attempt,
        next.status,
        Math.round(next.processingMs),
        callSeconds,
        organization,
      ],
    );
    await manager.query(
      `INSERT INTO stats.daily_rollups AS r (workspace_id, day, organization_id, created, completed, failed, skipped, processing_ms_sum, call_seconds_sum)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $9, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (workspace_id, day, organization_id) DO UPDATE SET
         created = r.created + EXCLUDED.created, completed = r.completed + EXCLUDED.completed,
         failed = r.failed + EXCLUDED.failed, skipped = r.skipped + EXCLUDED.skipped,
         processing_ms_sum = r.processing_ms_sum + EXCLUDED.processing_ms_sum, call_seconds_sum = r.call_seconds_sum + EXCLUDED.call_seconds_sum`,
      [
        event.workspaceId,
        job.createdAt,
        delta.created,
        delta.completed,
        delta.failed,
        delta.skipped,
        Math.round(delta.processing_ms_sum),
        callSeconds,
        organization,
      ],
    );
  }

  async summary(context: WorkspaceContext, range: StatsRangeQuery): Promise<StatsSummary> {
    const [row] = await this.dataSource.query<TotalsRow[]>(
      `SELECT ${TOTALS} FROM stats.daily_rollups
        WHERE workspace_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)`,
      [context.workspaceId, range.from ?? null, range.to ?? null],
    );
    return { from: range.from ?? null, to: range.to ?? null, ...totalsOf(row) };
  }

  /** The busiest organizations first; calls sent without a source_company_id are grouped under null. */
  async byOrganization(context: WorkspaceContext, query: StatsByOrganizationQuery): Promise<StatsByOrganization> {
    const rows = await this.dataSource.query<(TotalsRow & { organization_id: string })[]>(
      `SELECT organization_id, ${TOTALS} FROM stats.daily_rollups
        WHERE workspace_id = $1 AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day <= $3::date)
        GROUP BY organization_id ORDER BY SUM(created) DESC, organization_id LIMIT $4`,
      [context.workspaceId, query.from ?? null, query.to ?? null, query.limit ?? 100],
    );
    return {
      from: query.from ?? null,
      to: query.to ?? null,
      data: rows.map((row) => ({
        organization_id: row.organization_id || null,
        ...totalsOf(row),
      })),
    };
  }
}

const TOTALS = `COALESCE(SUM(created), 0)::int AS created, COALESCE(SUM(completed), 0)::int AS completed,
  COALESCE(SUM(failed), 0)::int AS failed, COALESCE(SUM(skipped), 0)::int AS skipped,
  COALESCE(SUM(processing_ms_sum), 0)::float8 AS processing_ms, COALESCE(SUM(call_seconds_sum), 0)::float8 AS call_seconds`;

interface TotalsRow {
  created: number;
  completed: number;
  failed: number;
  skipped: number;
  processing_ms: number;
  call_seconds: number;
}

function totalsOf(row: TotalsRow): Pick<StatsSummary, 'jobs' | 'avg_processing_seconds' | 'total_call_seconds'> {
  const finished = row.completed + row.failed + row.skipped;
  return {
    jobs: {
      total: row.created,
      in_progress: Math.max(0, row.created - finished),
      completed: row.completed,
      failed: row.failed,
      skipped: row.skipped,
    },
    avg_processing_seconds: row.completed > 0 ? Math.round(row.processing_ms / row.completed) / 1000 : null,
    total_call_seconds: row.call_seconds,
  };
}
