import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCodes,
  EventEnvelope,
  EventTypes,
  JobCreatedEvent,
  JobRetryRequestedEvent,
  TranscriptReply,
  WorkspaceContext,
  StageFailedEvent,
  TranscriptionCompletedEvent,
  TranscriptionStartedEvent,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent } from '@callsight/messaging';
import { TranscriptEntity } from './transcript.entity';
import { parseSpeakerLines, renderPlainText } from './speaker-lines.parser';

const SUPPLIED = 'supplied';

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Turns a submitted call into a stored, speaker-attributed transcript and announces it. */
@Injectable()
export class TranscriptsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A rerun: announce the job's latest transcript again, for the new attempt. */
  async replay(event: EventEnvelope<JobRetryRequestedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const transcript = await manager.findOne(TranscriptEntity, { where: { jobId: job.jobId, workspaceId: event.workspaceId }, order: { createdAt: 'DESC' } });
    if (!transcript) {
      const failed: StageFailedEvent = { job, code: 'no_transcript', reason: 'the job has no transcript to run the algorithms on' };
      return [createEvent(EventTypes.transcriptionFailed, event.workspaceId, failed, event.traceparent)];
    }
    const completed: TranscriptionCompletedEvent = { job, transcriptId: transcript.id, engine: transcript.engine, segments: transcript.segments, text: transcript.text, durationSeconds: transcript.durationSeconds };
    return [createEvent(EventTypes.transcriptionCompleted, event.workspaceId, completed, event.traceparent)];
  }

  async latest(context: WorkspaceContext, jobId: string): Promise<TranscriptReply> {
    const transcript = await this.dataSource.getRepository(TranscriptEntity).findOne({ where: { jobId, workspaceId: context.workspaceId }, order: { createdAt: 'DESC' } });
    if (!transcript) throw new DomainError(ErrorCodes.conflict, `Job ${jobId} has no transcript yet`);
    return { transcriptId: transcript.id, jobId, engine: transcript.engine, segments: transcript.segments, text: transcript.text, durationSeconds: transcript.durationSeconds };
  }
  async transcribe(event: EventEnvelope<JobCreatedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job, source, transcript } = event.data;
    const workspaceId = event.workspaceId;
    if (source !== 'transcript' || transcript === null) {
      const failed: StageFailedEvent = { job, code: 'unsupported_source', reason: `calls from ${source} cannot be transcribed by this version` };
      return [createEvent(EventTypes.transcriptionFailed, workspaceId, failed, event.traceparent)];
    }
    const started = createEvent<TranscriptionStartedEvent>(EventTypes.transcriptionStarted, workspaceId, { job, engine: SUPPLIED }, event.traceparent);
    const segments = parseSpeakerLines(transcript);
    if (segments.length === 0) {
      const failed: StageFailedEvent = { job, code: 'empty_transcript', reason: 'the transcript has no words' };
      return [started, createEvent(EventTypes.transcriptionFailed, workspaceId, failed, event.traceparent)];
    }
    const text = renderPlainText(segments);
    const entity: TranscriptEntity = {
      id: newId('trn'),
      workspaceId,
      jobId: job.jobId,
      callId: job.callId,
      engine: SUPPLIED,
      segments,
      text,
      wordCount: countWords(text),
      durationSeconds: job.durationSeconds,
      createdAt: new Date(),
    };
    await manager.insert(TranscriptEntity, entity as never);
    const completed: TranscriptionCompletedEvent = { job, transcriptId: entity.id, engine: SUPPLIED, segments, text, durationSeconds: job.durationSeconds };
    return [started, createEvent(EventTypes.transcriptionCompleted, workspaceId, completed, event.traceparent)];
  }
}
