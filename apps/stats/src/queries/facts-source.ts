import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { STAGES } from '../rollups/job-facts';
import { addDays, DurationCounts, Span, StatsSource, Summary, Totals, totalsOfRow } from './stats-sources';

const STAGE_SUMS = STAGES.map((stage) => `(stage_ms->>'${stage}')::float8`);
const SUMS = `COUNT(*) AS created, COUNT(*) FILTER (WHERE status = 'completed') AS completed,
  COUNT(*) FILTER (WHERE status = 'failed') AS failed, COUNT(*) FILTER (WHERE status = 'skipped') AS skipped,
  COUNT(duration_seconds) AS duration_count, COALESCE(SUM(ROUND(duration_seconds * 1000)), 0) AS duration_ms,
  COALESCE(SUM(ROUND(audio_seconds * 1000)), 0) AS audio_ms,
  ARRAY[${STAGE_SUMS.map((value) => `COALESCE(SUM(ROUND(${value})), 0)`).join(', ')}] AS stage_ms_sum,
  ARRAY[${STAGE_SUMS.map((value) => `COUNT(${value})`).join(', ')}] AS stage_count`;

/** Jobs accepted on the span's days in its zone; `created_at` bounds keep it on the (workspace_id, created_at) index. */
const IN_SPAN = `workspace_id = $1 AND created_at >= ($2::date)::timestamp AT TIME ZONE $4
  AND created_at < ($3::date)::timestamp AT TIME ZONE $4`;

/**
 * Answers from each job's facts: exact in any zone and any percentile, and slower the more jobs the
 * span holds. Used when the span's jobs were counted in another zone than the one asked for.
 */
@Injectable()
export class FactsSource implements StatsSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(workspaceId: string, span: Span): Promise<Summary> {
    const params = spanParams(workspaceId, span);
    const [[totalsRow], breakdowns] = await Promise.all([
      this.dataSource.query<Record<string, unknown>[]>(
        `SELECT ${SUMS}, ${STAGE_SUMS.map(
          (value, index) => `percentile_disc(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY ${value}) AS p_${index}`,
        ).join(', ')} FROM stats.job_facts WHERE ${IN_SPAN}`,
        params,
      ),
      this.dataSource.query<{ dimension: 'direction'; value: string; jobs: string }[]>(
        `SELECT 'direction' AS dimension, direction AS value, COUNT(*) AS jobs FROM stats.job_facts WHERE ${IN_SPAN} GROUP BY direction
         UNION ALL SELECT 'outcome', outcome, COUNT(*) FROM stats.job_facts WHERE ${IN_SPAN} GROUP BY outcome
         UNION ALL SELECT 'algorithm', result, COUNT(*) FROM stats.job_facts, unnest(results) AS result WHERE ${IN_SPAN} GROUP BY result`,
        params,
      ),
    ]);
    const percentiles = Object.fromEntries(
      STAGES.map((stage, index) => {
        const values = totalsRow[`p_${index}`] as (number | null)[] | null;
        return [stage, { medianMs: values?.[0] ?? null, p95Ms: values?.[1] ?? null }];
      }),
    ) as Summary['percentiles'];
    return {
      totals: totalsOfRow(totalsRow),
      percentiles,
      breakdowns: breakdowns.map((row) => ({ ...row, jobs: Number(row.jobs) })),
    };
  }

  async daily(workspaceId: string, span: Span): Promise<Map<string, Totals>> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT to_char((created_at AT TIME ZONE $4)::date, 'YYYY-MM-DD') AS day, ${SUMS}
         FROM stats.job_facts WHERE ${IN_SPAN} GROUP BY 1 ORDER BY 1`,
      spanParams(workspaceId, span),
    );
    return new Map(rows.map((row) => [row.day as string, totalsOfRow(row)]));
  }

  async durations(workspaceId: string, span: Span, edges: readonly number[]): Promise<DurationCounts> {
    const rows = await this.dataSource.query<{ bucket: number | null; calls: string }[]>(
      `SELECT CASE WHEN duration_seconds IS NULL THEN NULL ELSE width_bucket(duration_seconds, $5::float8[]) END AS bucket,
          COUNT(*) AS calls
         FROM stats.job_facts WHERE ${IN_SPAN} GROUP BY 1`,
      [...spanParams(workspaceId, span), edges],
    );
    const buckets = [0, ...edges.map(() => 0)];
    let unknown = 0;
    for (const row of rows) {
      if (row.bucket === null) unknown += Number(row.calls);
      else buckets[row.bucket] += Number(row.calls);
    }
    return { buckets, unknown };
  }

  async byOrganization(
    workspaceId: string,
    span: Span,
    limit: number,
  ): Promise<{ organizationId: string; totals: Totals }[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT organization_id, ${SUMS} FROM stats.job_facts WHERE ${IN_SPAN}
        GROUP BY organization_id ORDER BY COUNT(*) DESC, organization_id LIMIT $5`,
      [...spanParams(workspaceId, span), limit],
    );
    return rows.map((row) => ({ organizationId: row.organization_id as string, totals: totalsOfRow(row) }));
  }
}

function spanParams(workspaceId: string, span: Span): [string, string, string, string] {
  return [workspaceId, span.from ?? '1900-01-01', span.to ? addDays(span.to, 1) : '9999-12-31', span.zone];
}
