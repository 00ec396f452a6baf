import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetJobQuery, JobView, SubmissionAccepted, SubmitCallCommand, Subjects, WorkspaceContext } from '@callsight/contracts';
import { JobsService } from './jobs.service';

@Controller()
export class JobsRpcController {
  constructor(private readonly jobs: JobsService) {}

  @MessagePattern(Subjects.ingestion.submitCall)
  submit(@Payload('context') context: WorkspaceContext, @Payload('data') command: SubmitCallCommand): Promise<SubmissionAccepted> {
    return this.jobs.submit(context, command);
  }

  @MessagePattern(Subjects.ingestion.getJob)
  get(@Payload('context') context: WorkspaceContext, @Payload('data') query: GetJobQuery): Promise<JobView> {
    return this.jobs.get(context, query.jobId);
  }
}
