import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  DomainError,
  ErrorCodes,
  StatsByOrganization,
  StatsByOrganizationQuery,
  StatsRangeQuery,
  StatsSummary,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Stats')
@Controller('api/v1/stats')
export class StatsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getStats',
    summary: 'Aggregate job statistics',
    description: 'Counts jobs by the UTC day they were submitted, over an optional range.',
  })
  @ApiOkResponse({ type: StatsSummary })
  @ApiProblems(400, 403)
  summary(@RequestContext() context: WorkspaceContext, @Query() range: StatsRangeQuery): Promise<StatsSummary> {
    assertOrderedRange(range);
    return this.rpc.request(Subjects.stats.summary, context, range);
  }

  @Get('by-organization')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getStatsByOrganization',
    summary: 'Stats grouped by organization',
    description: 'The same counts as /stats, per source_company_id, busiest first.',
  })
  @ApiOkResponse({ type: StatsByOrganization })
  @ApiProblems(400, 403)
  byOrganization(
    @RequestContext() context: WorkspaceContext,
    @Query() query: StatsByOrganizationQuery,
  ): Promise<StatsByOrganization> {
    assertOrderedRange(query);
    return this.rpc.request(Subjects.stats.byOrganization, context, query);
  }
}

function assertOrderedRange(range: StatsRangeQuery): void {
  if (range.from && range.to && range.from > range.to) {
    throw new DomainError(ErrorCodes.validationFailed, 'from must not be after to', [
      { field: 'from', message: 'from must not be after to' },
    ]);
  }
}
