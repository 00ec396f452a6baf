import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { TranscriptEntity } from '../transcripts/transcript.entity';
import type { KeptRecording } from './recording-keeper';

/** Reads which recording a job's transcripts name. */
@Injectable()
export class RecordingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The recording of the job's latest transcript that has one (a requeued audio-URL job fetched its audio again). */
  async latestOf(workspaceId: string, jobId: string): Promise<KeptRecording | null> {
    const transcript = await this.dataSource.getRepository(TranscriptEntity).findOne({
      select: { recordingKey: true, recordingContentType: true },
      where: { workspaceId, jobId, recordingKey: Not(IsNull()) },
      order: { createdAt: 'DESC' },
    });
    if (!transcript?.recordingKey) return null;
    return {
      key: transcript.recordingKey,
      contentType: transcript.recordingContentType ?? 'application/octet-stream',
    };
  }
}
