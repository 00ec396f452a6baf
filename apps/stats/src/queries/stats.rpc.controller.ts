import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DurationDistributionQuery,
  StatsByOrganization,
  StatsByOrganizationQuery,
  StatsDaily,
  StatsDurationDistribution,
  StatsRangeQuery,
  StatsSummary,
  StatsTrends,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { StatsQueriesService } from './stats-queries.service';

@Controller()
export class StatsRpcController {
  constructor(private readonly stats: StatsQueriesService) {}

  @MessagePattern(Subjects.stats.summary)
  summary(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: StatsRangeQuery,
  ): Promise<StatsSummary> {
    return this.stats.summary(context, query);
  }

  @MessagePattern(Subjects.stats.daily)
  daily(@Payload('context') context: WorkspaceContext, @Payload('data') query: StatsRangeQuery): Promise<StatsDaily> {
    return this.stats.daily(context, query);
  }

  @MessagePattern(Subjects.stats.durationDistribution)
  durationDistribution(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: DurationDistributionQuery,
  ): Promise<StatsDurationDistribution> {
    return this.stats.durationDistribution(context, query);
  }

  @MessagePattern(Subjects.stats.byOrganization)
  byOrganization(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: StatsByOrganizationQuery,
  ): Promise<StatsByOrganization> {
    return this.stats.byOrganization(context, query);
  }

  @MessagePattern(Subjects.stats.trends)
  trends(@Payload('context') context: WorkspaceContext, @Payload('data') query: StatsRangeQuery): Promise<StatsTrends> {
    return this.stats.trends(context, query);
  }
}
