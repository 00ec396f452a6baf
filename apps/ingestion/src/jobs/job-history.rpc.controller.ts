import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { JobHistoryPage, JobHistoryQuery, Subjects } from '@callsight/contracts';
import { JobHistoryService } from './job-history.service';

/** A system query (no workspace context): only stats' rebuild asks it. */
@Controller()
export class JobHistoryRpcController {
  constructor(private readonly history: JobHistoryService) {}

  @MessagePattern(Subjects.ingestion.jobHistory)
  page(@Payload('data') query: JobHistoryQuery): Promise<JobHistoryPage> {
    return this.history.page(query);
  }
}
