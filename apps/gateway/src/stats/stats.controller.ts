import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
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
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

const DAYS =
  'Jobs are counted on the day they were accepted, in `tz` (default: the zone the workspace counts in, UTC unless configured). ' +
  'Answers come from daily and monthly rollups when the jobs were counted in that zone, and from each job otherwise (exact, slower on long ranges).';

@ApiTags('Stats')
@Controller('api/v1/stats')
export class StatsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getStats',
    summary: 'Aggregate job statistics',
    description: `Totals by status, success rate, processing time per stage (mean, median, p95), audio minutes, and jobs by direction, outcome and algorithm result. ${DAYS}`,
  })
  @ApiOkResponse({ type: StatsSummary })
  @ApiProblems(400, 403)
  summary(@RequestContext() context: WorkspaceContext, @Query() query: StatsRangeQuery): Promise<StatsSummary> {
    return this.rpc.request(Subjects.stats.summary, context, query);
  }

  @Get('daily')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getDailyStats',
    summary: 'Daily job statistics',
    description: `The same totals per day, every day of the range (at most 3,700). ${DAYS}`,
  })
  @ApiOkResponse({ type: StatsDaily })
  @ApiProblems(400, 403)
  daily(@RequestContext() context: WorkspaceContext, @Query() query: StatsRangeQuery): Promise<StatsDaily> {
    return this.rpc.request(Subjects.stats.daily, context, query);
  }

  @Get('duration-distribution')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getDurationDistribution',
    summary: 'Call duration distribution',
    description: `How many calls fell in each duration bucket: the measured audio length, else the duration submitted. ${DAYS}`,
  })
  @ApiOkResponse({ type: StatsDurationDistribution })
  @ApiProblems(400, 403)
  durationDistribution(
    @RequestContext() context: WorkspaceContext,
    @Query() query: DurationDistributionQuery,
  ): Promise<StatsDurationDistribution> {
    return this.rpc.request(Subjects.stats.durationDistribution, context, query);
  }

  @Get('by-organization')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getStatsByOrganization',
    summary: 'Stats grouped by organization',
    description: `The same totals as /stats per source_company_id, busiest first. ${DAYS}`,
  })
  @ApiOkResponse({ type: StatsByOrganization })
  @ApiProblems(400, 403)
  byOrganization(
    @RequestContext() context: WorkspaceContext,
    @Query() query: StatsByOrganizationQuery,
  ): Promise<StatsByOrganization> {
    return this.rpc.request(Subjects.stats.byOrganization, context, query);
  }

  @Get('trends')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getStatsTrends',
    summary: 'Daily call/duration trends',
    description: `Calls and call seconds per day with their 7- and 28-day moving averages; by default the 30 days up to today. ${DAYS}`,
  })
  @ApiOkResponse({ type: StatsTrends })
  @ApiProblems(400, 403)
  trends(@RequestContext() context: WorkspaceContext, @Query() query: StatsRangeQuery): Promise<StatsTrends> {
    return this.rpc.request(Subjects.stats.trends, context, query);
  }
}
