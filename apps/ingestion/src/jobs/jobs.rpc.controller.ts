import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetJobQuery,
  JobLogs,
  JobPage,
  JobView,
  ListJobsCommand,
  LookupJobCommand,
  RetryJobCommand,
  SetJobStatusCommand,
  Subjects,
  SubmitCallCommand,
  SubmitCallReply,
  VendorCallsQuery,
  VendorCallsReply,
  WorkspaceContext,
} from '@callsight/contracts';
import { SubmissionsService } from '../calls/submissions.service';
import { JobQueriesService } from './job-queries.service';
import { JobRetriesService } from './job-retries.service';
import { VendorCallQueriesService } from './vendor-call-queries.service';

@Controller()
export class JobsRpcController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly queries: JobQueriesService,
    private readonly retries: JobRetriesService,
    private readonly vendorCalls: VendorCallQueriesService,
  ) {}

  @MessagePattern(Subjects.ingestion.submitCall)
  submit(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: SubmitCallCommand,
  ): Promise<SubmitCallReply> {
    return this.submissions.submit(context, command);
  }

  @MessagePattern(Subjects.ingestion.getJob)
  get(@Payload('context') context: WorkspaceContext, @Payload('data') query: GetJobQuery): Promise<JobView> {
    return this.queries.get(context, query.jobId);
  }

  @MessagePattern(Subjects.ingestion.listJobs)
  list(@Payload('context') context: WorkspaceContext, @Payload('data') query: ListJobsCommand): Promise<JobPage> {
    return this.queries.list(context, query);
  }

  @MessagePattern(Subjects.ingestion.lookupJob)
  lookup(@Payload('context') context: WorkspaceContext, @Payload('data') query: LookupJobCommand): Promise<JobView> {
    return this.queries.lookup(context, query);
  }

  @MessagePattern(Subjects.ingestion.jobLogs)
  logs(@Payload('context') context: WorkspaceContext, @Payload('data') query: GetJobQuery): Promise<JobLogs> {
    return this.queries.logs(context, query.jobId);
  }

  @MessagePattern(Subjects.ingestion.vendorCalls)
  listVendorCalls(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: VendorCallsQuery,
  ): Promise<VendorCallsReply> {
    return this.vendorCalls.list(context, query);
  }

  @MessagePattern(Subjects.ingestion.retryJob)
  retry(@Payload('context') context: WorkspaceContext, @Payload('data') command: RetryJobCommand): Promise<JobView> {
    return this.retries.retry(context, command);
  }

  @MessagePattern(Subjects.ingestion.setJobStatus)
  setStatus(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: SetJobStatusCommand,
  ): Promise<JobView> {
    return this.retries.setStatus(context, command);
  }
}
