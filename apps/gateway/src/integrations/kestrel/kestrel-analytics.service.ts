import { Injectable } from '@nestjs/common';
import {
  CallAnalyticsQuery,
  CallAnalyticsReply,
  KESTREL_RECOVERY_WINDOW_HOURS,
  KestrelAnalytics,
  KestrelAnalyticsQuery,
  MissedCallRecoveryQuery,
  MissedCallRecoveryReply,
  Subjects,
  toKestrelAnalytics,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';

/**
 * KestrelVoice's `/v1/analytics`: call counts, lengths and algorithm results from stats, and missed-call
 * recovery from ingestion (the only service that knows the calls' numbers), as kestrel.mapping.ts defines them.
 */
@Injectable()
export class KestrelAnalyticsService {
  constructor(private readonly rpc: RpcClient) {}

  async get(context: WorkspaceContext, query: KestrelAnalyticsQuery): Promise<KestrelAnalytics> {
    const asked: CallAnalyticsQuery = { from: query.from_date, to: query.to_date, tz: query.timezone };
    // Stats settles the period first (its default zone and today), so both answers count the same days.
    const stats = await this.rpc.request<CallAnalyticsReply>(Subjects.stats.analytics, context, asked);
    const recoveryQuery: MissedCallRecoveryQuery = {
      from: stats.from,
      to: stats.to,
      tz: stats.tz,
      windowHours: KESTREL_RECOVERY_WINDOW_HOURS,
    };
    const recovery = await this.rpc.request<MissedCallRecoveryReply>(
      Subjects.ingestion.missedCallRecovery,
      context,
      recoveryQuery,
    );
    return toKestrelAnalytics(stats, recovery, KESTREL_RECOVERY_WINDOW_HOURS);
  }
}
