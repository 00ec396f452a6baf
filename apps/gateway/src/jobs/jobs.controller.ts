import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  JobDeliveriesQuery,
  WebhookDeliveryList,
  AlgorithmRuns,
  GetJobQuery,
  GetTranscriptQuery,
  TranscriptReply,
  TranscriptView,
  JobIdParam,
  JobLogs,
  JobPage,
  JobView,
  ListJobsQuery,
  ListRunsQuery,
  LookupJobQuery,
  RetryBySourceRequest,
  RetryJobCommand,
  RetryJobRequest,
  RunAlgorithmsCommand,
  RunAlgorithmsRequest,
  SetJobStatusCommand,
  SetJobStatusRequest,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Jobs')
@Controller('api/v1/jobs')
export class JobsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'listJobs', summary: 'List jobs, newest first, with filters and cursor pagination' })
  @ApiOkResponse({ type: JobPage })
  @ApiProblems(400, 403)
  list(@RequestContext() context: WorkspaceContext, @Query() query: ListJobsQuery): Promise<JobPage> {
    return this.rpc.request(Subjects.ingestion.listJobs, context, query);
  }

  @Get('lookup')
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'lookupJob', summary: 'The latest job for a source call id (and company id)' })
  @ApiOkResponse({ type: JobView })
  @ApiProblems(400, 403, 404)
  lookup(@RequestContext() context: WorkspaceContext, @Query() query: LookupJobQuery): Promise<JobView> {
    return this.rpc.request(Subjects.ingestion.lookupJob, context, query);
  }

  @Post('retry')
  @HttpCode(202)
  @RequireScopes('jobs:write')
  @ApiOperation({ operationId: 'retryJobBySource', summary: 'Retry the latest job for a source call id' })
  @ApiAcceptedResponse({ type: JobView })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  retryBySource(@RequestContext() context: WorkspaceContext, @Body() body: RetryBySourceRequest): Promise<JobView> {
    const command: RetryJobCommand = {
      sourceCallId: body.source_call_id,
      sourceCompanyId: body.source_company_id,
      mode: body.mode ?? 'requeue',
    };
    return this.rpc.request(Subjects.ingestion.retryJob, context, command);
  }

  @Get(':job_id')
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'getJob', summary: 'Get a job, its status and stage timestamps' })
  @ApiOkResponse({ type: JobView })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: JobIdParam): Promise<JobView> {
    const query: GetJobQuery = { jobId: params.job_id };
    return this.rpc.request(Subjects.ingestion.getJob, context, query);
  }

  @Get(':job_id/logs')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'getJobLogs',
    summary: 'Every status change and stage event of a job, with times and reasons',
  })
  @ApiOkResponse({ type: JobLogs })
  @ApiProblems(400, 403, 404)
  logs(@RequestContext() context: WorkspaceContext, @Param() params: JobIdParam): Promise<JobLogs> {
    const query: GetJobQuery = { jobId: params.job_id };
    return this.rpc.request(Subjects.ingestion.jobLogs, context, query);
  }

  @Get(':job_id/runs')
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'listJobRuns', summary: 'The algorithm runs of a job and their results' })
  @ApiOkResponse({ type: AlgorithmRuns })
  @ApiProblems(400, 403, 404)
  async runs(@RequestContext() context: WorkspaceContext, @Param() params: JobIdParam): Promise<AlgorithmRuns> {
    await this.get(context, params);
    const query: ListRunsQuery = { jobId: params.job_id };
    return this.rpc.request(Subjects.scoring.listRuns, context, query);
  }

  @Get(':job_id/transcript')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'getJobTranscript',
    summary: "The job's transcript: speaker turns with times, the engine and model that made it, and its timings",
  })
  @ApiOkResponse({ type: TranscriptView })
  @ApiProblems(400, 403, 404, 409)
  async transcript(@RequestContext() context: WorkspaceContext, @Param() params: JobIdParam): Promise<TranscriptView> {
    await this.get(context, params);
    const query: GetTranscriptQuery = { jobId: params.job_id };
    const reply = await this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, query);
    return {
      job_id: reply.jobId,
      transcript_id: reply.transcriptId,
      engine: reply.engine,
      model: reply.model,
      format: reply.format,
      channels: reply.channels,
      duration_seconds: reply.durationSeconds,
      timings: reply.timings,
      text: reply.text,
      segments: reply.segments,
      redaction: reply.redaction,
    };
  }

  @Get(':job_id/deliveries')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'listJobDeliveries',
    summary: "The job's webhook deliveries, to each endpoint and event, with every attempt and what it got back",
  })
  @ApiOkResponse({ type: WebhookDeliveryList })
  @ApiProblems(400, 403, 404)
  async deliveries(
    @RequestContext() context: WorkspaceContext,
    @Param() params: JobIdParam,
  ): Promise<WebhookDeliveryList> {
    await this.get(context, params);
    const query: JobDeliveriesQuery = { jobId: params.job_id };
    return this.rpc.request(Subjects.webhook.listJobDeliveries, context, query);
  }

  @Post(':job_id/retry')
  @HttpCode(202)
  @RequireScopes('jobs:write')
  @ApiOperation({
    operationId: 'retryJob',
    summary:
      'Retry a finished job: requeue (from the start), rerun (algorithms and delivery) or redeliver (the latest results)',
  })
  @ApiAcceptedResponse({ type: JobView })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  retry(
    @RequestContext() context: WorkspaceContext,
    @Param() params: JobIdParam,
    @Body() body: RetryJobRequest,
  ): Promise<JobView> {
    const command: RetryJobCommand = { jobId: params.job_id, mode: body.mode ?? 'requeue' };
    return this.rpc.request(Subjects.ingestion.retryJob, context, command);
  }

  @Patch(':job_id/status')
  @RequireScopes('jobs:write')
  @ApiOperation({
    operationId: 'setJobStatus',
    summary: 'Requeue a skipped job by setting its status to queued',
    description: 'Any other change is refused with 409.',
  })
  @ApiOkResponse({ type: JobView })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  setStatus(
    @RequestContext() context: WorkspaceContext,
    @Param() params: JobIdParam,
    @Body() body: SetJobStatusRequest,
  ): Promise<JobView> {
    const command: SetJobStatusCommand = { jobId: params.job_id, status: body.status };
    return this.rpc.request(Subjects.ingestion.setJobStatus, context, command);
  }

  @Post(':job_id/run-algorithms')
  @HttpCode(200)
  @RequireScopes('jobs:write')
  @ApiOperation({
    operationId: 'runJobAlgorithms',
    summary: "Run algorithms on the job's existing transcript now and return their results",
    description: "The results are stored with the job's runs; no webhook is sent.",
  })
  @ApiOkResponse({ type: AlgorithmRuns })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  async runAlgorithms(
    @RequestContext() context: WorkspaceContext,
    @Param() params: JobIdParam,
    @Body() body: RunAlgorithmsRequest,
  ): Promise<AlgorithmRuns> {
    await this.get(context, params);
    const command: RunAlgorithmsCommand = { jobId: params.job_id, ...body };
    return this.rpc.request(Subjects.scoring.runAlgorithms, context, command, 60_000);
  }
}
