import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import { GetJobQuery, JobIdParam, JobView, Subjects, WorkspaceContext } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Jobs')
@Controller('api/v1/jobs')
export class JobsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':job_id')
  @RequireScopes('jobs:read')
  @ApiOperation({ summary: 'Get a job, its status and stage timestamps' })
  @ApiOkResponse({ type: JobView })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: JobIdParam): Promise<JobView> {
    const query: GetJobQuery = { jobId: params.job_id };
    return this.rpc.request(Subjects.ingestion.getJob, context, query);
  }
}
