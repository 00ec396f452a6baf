import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetTranscriptQuery, Subjects, TranscriptReply, WorkspaceContext } from '@callsight/contracts';
import { TranscriptsService } from './transcripts.service';

@Controller()
export class TranscriptsRpcController {
  constructor(private readonly transcripts: TranscriptsService) {}

  @MessagePattern(Subjects.transcription.getTranscript)
  latest(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: GetTranscriptQuery,
  ): Promise<TranscriptReply> {
    return this.transcripts.latest(context, query.jobId);
  }
}
