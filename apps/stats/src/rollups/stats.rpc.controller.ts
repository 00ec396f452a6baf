import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  StatsByOrganization,
  StatsByOrganizationQuery,
  StatsRangeQuery,
  StatsSummary,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RollupsService } from './rollups.service';

@Controller()
export class StatsRpcController {
  constructor(private readonly rollups: RollupsService) {}

  @MessagePattern(Subjects.stats.summary)
  summary(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') range: StatsRangeQuery,
  ): Promise<StatsSummary> {
    return this.rollups.summary(context, range);
  }

  @MessagePattern(Subjects.stats.byOrganization)
  byOrganization(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: StatsByOrganizationQuery,
  ): Promise<StatsByOrganization> {
    return this.rollups.byOrganization(context, query);
  }
}
