import { Injectable } from '@nestjs/common';
import { CallAnalyticsQuery, CallAnalyticsReply, WorkspaceContext } from '@callsight/contracts';
import { StatsQueriesService } from '../queries/stats-queries.service';
import { analyticsSpan, everyDay } from './analytics-span';

/**
 * Calls per day, known lengths and algorithm results over a period (KestrelVoice's `/v1/analytics`), from
 * the same sources as the statistics routes: rollups when the period's calls were counted in its zone,
 * each call's facts otherwise.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly stats: StatsQueriesService) {}

  async analytics(context: WorkspaceContext, query: CallAnalyticsQuery, now = new Date()): Promise<CallAnalyticsReply> {
    const workspaceId = context.workspaceId;
    const zones = await this.stats.zonesOf(workspaceId, query.tz);
    const span = analyticsSpan(query, zones.zone, now);
    const source = zones.sourceFor(span);
    const [summary, daily] = await Promise.all([source.summary(workspaceId, span), source.daily(workspaceId, span)]);
    const results: Record<string, number> = {};
    for (const row of summary.breakdowns) if (row.dimension === 'algorithm') results[row.value] = row.jobs;
    return {
      from: span.from,
      to: span.to,
      tz: span.zone,
      days: everyDay(span.from, span.to).map((date) => ({ date, calls: daily.get(date)?.created ?? 0 })),
      calls: summary.totals.created,
      durationCount: summary.totals.durationCount,
      durationSeconds: summary.totals.durationMs / 1000,
      results,
    };
  }
}
