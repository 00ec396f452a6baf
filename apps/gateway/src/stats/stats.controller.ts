import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import { DomainError, ErrorCodes, StatsRangeQuery, StatsSummary, Subjects, WorkspaceContext } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Stats')
@Controller('api/v1/stats')
export class StatsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('stats:read')
  @ApiOperation({ summary: 'Aggregate job statistics', description: 'Counts jobs by the UTC day they were submitted, over an optional range.' })
  @ApiOkResponse({ type: StatsSummary })
  @ApiProblems(400, 403)
  summary(@RequestContext() context: WorkspaceContext, @Query() range: StatsRangeQuery): Promise<StatsSummary> {
    if (range.from && range.to && range.from.slice(0, 10) > range.to.slice(0, 10)) {
      throw new DomainError(ErrorCodes.validationFailed, 'from must not be after to', [{ field: 'from', message: 'from must not be after to' }]);
    }
    return this.rpc.request(Subjects.stats.summary, context, range);
  }
}
