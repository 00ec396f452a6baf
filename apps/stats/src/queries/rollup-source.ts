import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { durationBin, quantileBin, TIMING_BINS, timingBinMiddle } from '../rollups/histograms';
import { STAGES } from '../rollups/job-facts';
import {
  addDays,
  DurationCounts,
  Span,
  StagePercentiles,
  StatsSource,
  Summary,
  Totals,
  totalsOfRow,
} from './stats-sources';

const SUMS = `SUM(created) AS created, SUM(completed) AS completed, SUM(failed) AS failed, SUM(skipped) AS skipped,
  SUM(duration_count) AS duration_count, SUM(duration_ms_sum) AS duration_ms, SUM(audio_ms_sum) AS audio_ms`;

/**
 * Answers from stats.rollups: whole months from month rows and the rest from day rows, so a two-year
 * range reads some eighty rows per value. Only right when the span's jobs were counted in its zone.
 */
@Injectable()
export class RollupSource implements StatsSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async summary(workspaceId: string, span: Span): Promise<Summary> {
    const [groups, histograms] = await Promise.all([
      this.dataSource.query<Record<string, string>[]>(
        `SELECT dimension, value, ${SUMS} FROM stats.rollups
          WHERE workspace_id = $1 AND zone = $2 AND dimension IN ('all', 'direction', 'outcome', 'algorithm') AND ${SPAN}
          GROUP BY dimension, value`,
        [workspaceId, span.zone, ...spanParams(span)],
      ),
      this.allRows(workspaceId, span, 'stage_ms_sum, stage_count, stage_hist'),
    ]);
    const all = groups.find((row) => row.dimension === 'all');
    const totals = totalsOfRow({ ...(all ?? {}), ...sumArrays(histograms, ['stage_ms_sum', 'stage_count']) });
    const stageHist = addArrays(histograms.map((row) => row.stage_hist as unknown[]));
    const percentiles = Object.fromEntries(
      STAGES.map((stage, index) => [
        stage,
        percentilesOf(stageHist.slice(index * TIMING_BINS, (index + 1) * TIMING_BINS)),
      ]),
    ) as Summary['percentiles'];
    const breakdowns = groups
      .filter((row) => row.dimension !== 'all' && Number(row.created) > 0)
      .map((row) => ({ dimension: row.dimension as 'direction', value: row.value, jobs: Number(row.created) }));
    return { totals, percentiles, breakdowns };
  }

  async daily(workspaceId: string, span: Span): Promise<Map<string, Totals>> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT to_char(start, 'YYYY-MM-DD') AS day, created, completed, failed, skipped, duration_count,
          duration_ms_sum AS duration_ms, audio_ms_sum AS audio_ms, stage_ms_sum, stage_count
         FROM stats.rollups
        WHERE workspace_id = $1 AND zone = $2 AND dimension = 'all' AND period = 'day' AND value = ''
          AND start >= $3 AND start <= $4
        ORDER BY start`,
      [workspaceId, span.zone, span.from ?? '0001-01-01', span.to ?? '9999-12-31'],
    );
    return new Map(rows.map((row) => [row.day as string, totalsOfRow(row)]));
  }

  async durations(workspaceId: string, span: Span, edges: readonly number[]): Promise<DurationCounts> {
    const rows = await this.allRows(workspaceId, span, 'created, duration_count, duration_hist');
    const histogram = addArrays(rows.map((row) => row.duration_hist as unknown[]));
    const buckets = [0, ...edges.map(() => 0)];
    const bucketStarts = edges.map((edge) => durationBin(edge));
    histogram.forEach((count, bin) => {
      if (count === 0) return;
      let bucket = 0;
      while (bucket < bucketStarts.length && bin >= bucketStarts[bucket]) bucket += 1;
      buckets[bucket] += count;
    });
    const created = rows.reduce((sum, row) => sum + Number(row.created), 0);
    const known = rows.reduce((sum, row) => sum + Number(row.duration_count), 0);
    return { buckets, unknown: created - known };
  }

  async byOrganization(
    workspaceId: string,
    span: Span,
    limit: number,
  ): Promise<{ organizationId: string; totals: Totals }[]> {
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT value, ${SUMS}, stats.sum_arrays(stage_ms_sum) AS stage_ms_sum, stats.sum_arrays(stage_count) AS stage_count
         FROM stats.rollups WHERE workspace_id = $1 AND zone = $2 AND dimension = 'organization' AND ${SPAN}
        GROUP BY value HAVING SUM(created) > 0 ORDER BY SUM(created) DESC, value LIMIT $7`,
      [workspaceId, span.zone, ...spanParams(span), limit],
    );
    return rows.map((row) => ({ organizationId: row.value as string, totals: totalsOfRow(row) }));
  }

  private allRows(workspaceId: string, span: Span, columns: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT ${columns} FROM stats.rollups
        WHERE workspace_id = $1 AND zone = $2 AND dimension = 'all' AND value = '' AND ${SPAN}`,
      [workspaceId, span.zone, ...spanParams(span)],
    );
  }
}

/** Month rows for the months wholly inside the span ($3 ≤ start < $4), day rows for the days around them ($5, $6). */
const SPAN = `((period = 'month' AND start >= $3::date AND start < $4::date)
  OR (period = 'day' AND ((start >= $5::date AND start < $3::date) OR (start >= $4::date AND start <= $6::date))))`;

function spanParams(span: Span): [string, string, string, string] {
  const from = span.from ?? '0001-01-01';
  const to = span.to ?? '9999-12-31';
  const firstMonth = from.endsWith('-01') ? from : `${addDays(`${from.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const afterTo = span.to === null ? '9999-12-01' : addDays(to, 1);
  const afterLastMonth = afterTo.endsWith('-01') ? afterTo : `${to.slice(0, 7)}-01`;
  if (firstMonth >= afterLastMonth) return [afterTo, afterTo, from, to];
  return [firstMonth, afterLastMonth, from, to];
}

function addArrays(arrays: readonly (readonly unknown[] | null)[]): number[] {
  const sum: number[] = [];
  for (const array of arrays) {
    array?.forEach((value, index) => {
      sum[index] = (sum[index] ?? 0) + Number(value ?? 0);
    });
  }
  return Array.from(sum, (value) => value ?? 0);
}

function sumArrays(rows: Record<string, unknown>[], columns: string[]): Record<string, number[]> {
  return Object.fromEntries(columns.map((column) => [column, addArrays(rows.map((row) => row[column] as unknown[]))]));
}

function percentilesOf(counts: number[]): StagePercentiles {
  const at = (q: number) => {
    const bin = quantileBin(counts, q);
    return bin === null ? null : timingBinMiddle(bin);
  };
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}
