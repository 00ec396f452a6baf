import { Controller, Get, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import { KridtechCallList, KridtechError, KridtechListCallsQuery, WorkspaceContext } from '@callsight/contracts';
import { ApiVendorErrors } from '../vendor-calls/api-vendor-errors.decorator';
import { KridtechCallsService } from './kridtech-calls.service';
import { KridtechErrorFilter } from './kridtech-error.filter';
import { RateLimit } from '../../rate-limits/rate-limit';

const ERRORS: Record<number, string> = {
  400: 'Invalid parameters',
  401: 'Invalid API key',
  403: 'The API key may not read calls',
  429: 'Too Many Requests',
  503: 'A service needed for this request is not available; retry after Retry-After',
};

/** Kridtech's calls API (`https://backend.kridtech.com/api`), so its integrations can read calls from Callsight unchanged. */
@ApiTags('Kridtech')
@ApiSecurity('api-key')
@UseFilters(KridtechErrorFilter)
// Kridtech publishes no numbers: the workspace's limit, in a bucket of its own so the native API does not share it.
@RateLimit({ bucket: 'kridtech' })
@Controller('api/calls')
export class KridtechController {
  constructor(private readonly calls: KridtechCallsService) {}

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'listKridtechCalls',
    summary: 'List the newest calls (Kridtech)',
    description:
      'ongoing: not yet analysed; completed: analysed; failed: failed or skipped. total counts every call matching the filter.',
  })
  @ApiOkResponse({ type: KridtechCallList })
  @ApiVendorErrors(KridtechError, ERRORS, 400, 401, 403, 429, 503)
  list(@RequestContext() context: WorkspaceContext, @Query() query: KridtechListCallsQuery): Promise<KridtechCallList> {
    return this.calls.list(context, query);
  }
}
