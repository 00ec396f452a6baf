import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  DomainError,
  DURATION_EDGE_RULE,
  DurationDistributionQuery,
  ErrorCodes,
  JobCounts,
  StatsByOrganization,
  StatsByOrganizationQuery,
  StatsDaily,
  StatsDurationDistribution,
  StatsRangeQuery,
  StatsSummary,
  StatsTrends,
  WorkspaceContext,
  canonicalTimeZone,
} from '@callsight/contracts';
import { isDurationEdge } from '../rollups/histograms';
import { STAGES } from '../rollups/job-facts';
import { localDay } from '../rollups/rollup-rows';
import { FactsSource } from './facts-source';
import { RollupSource } from './rollup-source';
import { addDays, emptyTotals, END_OF_CALENDAR, Span, StatsSource, Totals } from './stats-sources';

const DEFAULT_EDGES = [30, 60, 120, 300, 600, 1800];
const TREND_DAYS = 30;
/** Past this many days a daily series is refused: ten years of days is already 3,650 points. */
const MAX_SERIES_DAYS = 3700;

/** The Gensail statistics routes, answered from rollups when the jobs were counted in the zone asked for. */
@Injectable()
export class StatsQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollups: RollupSource,
    private readonly facts: FactsSource,
  ) {}

  async summary(context: WorkspaceContext, query: StatsRangeQuery): Promise<StatsSummary> {
    const { span, source } = await this.planOf(context.workspaceId, query);
    const { totals, percentiles, breakdowns } = await source.summary(context.workspaceId, span);
    const byDimension = (dimension: string) =>
      breakdowns
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ value: row.value || null, jobs: row.jobs }))
        .sort((a, b) => b.jobs - a.jobs || String(a.value).localeCompare(String(b.value)));
    const processing = Object.fromEntries(
      STAGES.map((stage, index) => {
        const count = totals.stageCount[index];
        return [
          stage,
          {
            count,
            mean_seconds: count > 0 ? seconds(totals.stageMsSum[index] / count) : null,
            median_seconds: nullableSeconds(percentiles[stage].medianMs),
            p95_seconds: nullableSeconds(percentiles[stage].p95Ms),
          },
        ];
      }),
    ) as unknown as StatsSummary['processing'];
    return {
      from: span.from,
      to: span.to,
      tz: span.zone,
      ...totalsView(totals),
      processing,
      by_direction: byDimension('direction'),
      by_outcome: byDimension('outcome'),
      algorithm_results: breakdowns
        .filter((row) => row.dimension === 'algorithm')
        .map((row) => {
          const [algorithmId, ...result] = row.value.split(':');
          return { algorithm_id: algorithmId, result: result.join(':'), jobs: row.jobs };
        })
        .sort((a, b) => a.algorithm_id.localeCompare(b.algorithm_id) || b.jobs - a.jobs),
    };
  }

  async daily(context: WorkspaceContext, query: StatsRangeQuery): Promise<StatsDaily> {
    const { span, source } = await this.planOf(context.workspaceId, query, true);
    const days = await source.daily(context.workspaceId, span);
    const first = span.from ?? [...days.keys()][0];
    const last = span.to ?? [...days.keys()].at(-1);
    const data = first && last ? everyDay(first, last).map((day) => ({ date: day, ...dayView(days.get(day)) })) : [];
    return { from: span.from, to: span.to, tz: span.zone, data };
  }

  async durationDistribution(
    context: WorkspaceContext,
    query: DurationDistributionQuery,
  ): Promise<StatsDurationDistribution> {
    const edges = edgesOf(query.buckets);
    const { span, source } = await this.planOf(context.workspaceId, query);
    const counts = await source.durations(context.workspaceId, span, edges);
    const calls = counts.buckets.reduce((sum, count) => sum + count, 0);
    return {
      from: span.from,
      to: span.to,
      tz: span.zone,
      calls,
      unknown_duration: counts.unknown,
      buckets: counts.buckets.map((count, index) => ({
        min_seconds: index === 0 ? 0 : edges[index - 1],
        max_seconds: index < edges.length ? edges[index] : null,
        calls: count,
        share: calls > 0 ? round(count / calls, 4) : 0,
      })),
    };
  }

  async byOrganization(context: WorkspaceContext, query: StatsByOrganizationQuery): Promise<StatsByOrganization> {
    const { span, source } = await this.planOf(context.workspaceId, query);
    const rows = await source.byOrganization(context.workspaceId, span, query.limit ?? 100);
    return {
      from: span.from,
      to: span.to,
      tz: span.zone,
      data: rows.map((row) => ({ organization_id: row.organizationId || null, ...dayView(row.totals) })),
    };
  }

  /** Moving averages over the days before `from` too, so the first point is as smooth as the last. */
  async trends(context: WorkspaceContext, query: StatsRangeQuery): Promise<StatsTrends> {
    const { zone, sourceFor } = await this.zonesOf(context.workspaceId, query.tz);
    const to = query.to ?? localDay(new Date().toISOString(), zone);
    const from = query.from ?? addDays(to, -(TREND_DAYS - 1));
    const span = this.checkedSpan({ from: addDays(from, -27), to, zone }, true);
    const days = await sourceFor(span).daily(context.workspaceId, span);
    const series = everyDay(span.from as string, to).map((day) => {
      const totals = days.get(day);
      return { date: day, calls: totals?.created ?? 0, call_seconds: seconds(totals?.durationMs ?? 0) };
    });
    const mean = (index: number, width: number, key: 'calls' | 'call_seconds') =>
      round(series.slice(index - width + 1, index + 1).reduce((sum, point) => sum + point[key], 0) / width, 2);
    const data = series
      .map((point, index) => ({
        ...point,
        calls_7d: mean(index, 7, 'calls'),
        calls_28d: mean(index, 28, 'calls'),
        call_seconds_7d: mean(index, 7, 'call_seconds'),
        call_seconds_28d: mean(index, 28, 'call_seconds'),
      }))
      .slice(27);
    return { from, to, tz: zone, data };
  }

  private async planOf(
    workspaceId: string,
    query: StatsRangeQuery,
    series = false,
  ): Promise<{ span: Span; source: StatsSource }> {
    const { zone, sourceFor } = await this.zonesOf(workspaceId, query.tz);
    const span = this.checkedSpan({ from: query.from ?? null, to: query.to ?? null, zone }, series);
    return { span, source: sourceFor(span) };
  }

  private checkedSpan(span: Span, series = false): Span {
    for (const field of ['from', 'to'] as const) {
      const day = span[field];
      if (day && day >= END_OF_CALENDAR) {
        throw new DomainError(ErrorCodes.validationFailed, `${field} must be before ${END_OF_CALENDAR}`, [
          { field, message: `must be before ${END_OF_CALENDAR}` },
        ]);
      }
    }
    if (span.from && span.to && span.from > span.to) {
      throw new DomainError(ErrorCodes.validationFailed, 'from must not be after to', [
        { field: 'from', message: 'from must not be after to' },
      ]);
    }
    if (series && span.from && span.to && everyDayCount(span.from, span.to) > MAX_SERIES_DAYS) {
      throw new DomainError(ErrorCodes.validationFailed, `a range may hold at most ${MAX_SERIES_DAYS} days`, [
        { field: 'from', message: `a range may hold at most ${MAX_SERIES_DAYS} days` },
      ]);
    }
    return span;
  }

  /**
   * The zones the workspace's jobs were counted in and the days each covers, read once per request: the
   * default zone (the newest days') and the source for a span follow from them. Rollups answer only
   * when no job of the span (a day either side, for zone offsets) was counted in another zone.
   */
  async zonesOf(workspaceId: string, tz: string | undefined): Promise<ZonePlan> {
    const covered = await this.dataSource.query<{ zone: string; first_day: string; last_day: string }[]>(
      `SELECT zone, first_day::text, last_day::text FROM stats.workspace_zones
        WHERE workspace_id = $1 ORDER BY last_day DESC, zone`,
      [workspaceId],
    );
    const zone = tz ? canonicalTimeZone(tz) : (covered[0]?.zone ?? 'UTC');
    const sourceFor = (span: Span): StatsSource => {
      const from = span.from ? addDays(span.from, -1) : '';
      const to = span.to ? addDays(span.to, 1) : '9999-12-31';
      const mixed = covered.some((row) => row.zone !== span.zone && row.last_day >= from && row.first_day <= to);
      return mixed ? this.facts : this.rollups;
    };
    return { zone, sourceFor };
  }
}

export interface ZonePlan {
  zone: string;
  sourceFor: (span: Span) => StatsSource;
}

function edgesOf(buckets: string | undefined): number[] {
  const edges = buckets === undefined ? DEFAULT_EDGES : buckets.split(',').map(Number);
  const invalid = edges.some(
    (edge, index) => edge <= 0 || !isDurationEdge(edge) || (index > 0 && edge <= edges[index - 1]),
  );
  if (invalid) {
    throw new DomainError(ErrorCodes.validationFailed, `buckets: ${DURATION_EDGE_RULE}`, [
      { field: 'buckets', message: DURATION_EDGE_RULE },
    ]);
  }
  return edges;
}

function totalsView(totals: Totals): {
  jobs: JobCounts;
  success_rate: number | null;
  avg_processing_seconds: number | null;
  total_call_seconds: number;
  audio_minutes: number;
} {
  const finished = totals.completed + totals.failed + totals.skipped;
  const total = STAGES.indexOf('total');
  return {
    jobs: {
      total: totals.created,
      in_progress: Math.max(0, totals.created - finished),
      completed: totals.completed,
      failed: totals.failed,
      skipped: totals.skipped,
    },
    success_rate:
      totals.completed + totals.failed > 0 ? round(totals.completed / (totals.completed + totals.failed), 4) : null,
    avg_processing_seconds:
      totals.stageCount[total] > 0 ? seconds(totals.stageMsSum[total] / totals.stageCount[total]) : null,
    total_call_seconds: seconds(totals.durationMs),
    audio_minutes: round(totals.audioMs / 60_000, 2),
  };
}

const dayView = (totals: Totals | undefined) => totalsView(totals ?? emptyTotals());

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const seconds = (ms: number) => round(ms / 1000, 3);
const nullableSeconds = (ms: number | null) => (ms === null ? null : seconds(ms));

function everyDay(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

const everyDayCount = (first: string, last: string) =>
  Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000) + 1;
