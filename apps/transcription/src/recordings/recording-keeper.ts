import { Inject, Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { JobCreatedEvent, JobRef } from '@callsight/contracts';
import { AUDIO_STORAGE, AudioStorage, derivedAudioKey } from '@callsight/common/storage';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';

/** A call's audio as it is kept in audio storage, for its transcript to name. */
export interface KeptRecording {
  key: string;
  contentType: string;
}

/**
 * Keeps a job's audio in audio storage, so the call's recording can be served later (signed
 * recording URLs). Uploaded audio is there already; audio fetched from a URL is stored once per job
 * attempt, under a key derived from the attempt, so a re-driven or retried attempt replaces its own
 * copy instead of leaving a second one behind.
 */
@Injectable()
export class RecordingKeeper {
  constructor(
    @Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings,
    @Inject(AUDIO_STORAGE) private readonly storage: AudioStorage,
  ) {}

  /** `localFile` holds the audio as fetched (and already checked as audio within the size limit). */
  async keep(workspaceId: string, job: JobCreatedEvent, localFile: string): Promise<KeptRecording | null> {
    if (job.source === 'audio_file' && job.audioKey) {
      const stored = await this.storage.stat(job.audioKey);
      return stored ? { key: stored.key, contentType: stored.contentType } : null;
    }
    if (job.source !== 'audio_url') return null;
    const stored = await this.storage.put(createReadStream(localFile), {
      workspaceId,
      maxBytes: this.settings.maxBytes,
      key: fetchedRecordingKey(workspaceId, job.job),
    });
    return { key: stored.key, contentType: stored.contentType };
  }

  /** An attempt that ends without a transcript keeps no copy of fetched audio (uploads are the caller's, and stay). */
  async discard(workspaceId: string, job: JobCreatedEvent): Promise<void> {
    if (job.source === 'audio_url') await this.storage.delete(fetchedRecordingKey(workspaceId, job.job));
  }
}

/** The same for every delivery of one job attempt; in the month the job was accepted, so a re-drive a month later finds it too. */
export function fetchedRecordingKey(workspaceId: string, job: Pick<JobRef, 'jobId' | 'attempt' | 'createdAt'>): string {
  const accepted = new Date(job.createdAt);
  return derivedAudioKey(
    workspaceId,
    `recording:${job.jobId}:${job.attempt ?? 1}`,
    Number.isNaN(accepted.getTime()) ? new Date(0) : accepted,
  );
}
