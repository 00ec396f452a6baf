import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DomainError, GetRecordingQuery, RecordingReply, Subjects, WorkspaceContext } from '@callsight/contracts';
import { RecordingsRepository } from './recordings.repository';

@Controller()
export class RecordingsRpcController {
  constructor(private readonly recordings: RecordingsRepository) {}

  /** Only the asking workspace's jobs: another workspace's job id finds nothing, as a job with no recording does. */
  @MessagePattern(Subjects.transcription.getRecording)
  async recording(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: GetRecordingQuery,
  ): Promise<RecordingReply> {
    const recording = await this.recordings.latestOf(context.workspaceId, query.jobId);
    if (!recording) throw DomainError.notFound(`A recording of job ${query.jobId}`);
    return { jobId: query.jobId, ...recording };
  }
}
