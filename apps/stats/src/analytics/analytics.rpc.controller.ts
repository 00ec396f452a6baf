import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CallAnalyticsQuery, CallAnalyticsReply, Subjects, WorkspaceContext } from '@callsight/contracts';
import { AnalyticsService } from './analytics.service';

@Controller()
export class AnalyticsRpcController {
  constructor(private readonly analytics: AnalyticsService) {}

  @MessagePattern(Subjects.stats.analytics)
  get(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: CallAnalyticsQuery,
  ): Promise<CallAnalyticsReply> {
    return this.analytics.analytics(context, query);
  }
}
