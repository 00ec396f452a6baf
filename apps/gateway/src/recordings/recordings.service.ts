import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DomainError, ErrorCodes, idPattern, RecordingReply, Subjects } from '@callsight/contracts';
import { RecordingSigner } from '@callsight/common/recordings';
import { AUDIO_STORAGE, AudioStorage, ByteRange, StoredAudio } from '@callsight/common/storage';
import { RpcClient } from '@callsight/messaging';

export const RECORDING_SIGNER = Symbol('RECORDING_SIGNER');

/** The query of a recording URL, as it came: nothing in it is trusted until the signature is checked. */
export interface RecordingLink {
  workspace?: unknown;
  expires?: unknown;
  signature?: unknown;
}

const WORKSPACE_ID = idPattern('ws');
const JOB_ID = idPattern('job');
const EXPIRES = /^\d{1,12}$/;

const INVALID_LINK = new DomainError(ErrorCodes.forbidden, 'The recording link is not valid');
const EXPIRED_LINK = new DomainError(ErrorCodes.forbidden, 'The recording link has expired');
const STORAGE_DOWN = new DomainError(ErrorCodes.serviceUnavailable, 'The audio storage is not available; try again');

/**
 * Serves recordings to whoever holds a signed URL: the signature (not an API key) says which job of
 * which workspace may be read, and until when. The transcription service says where the job's audio
 * is kept; it is read from audio storage.
 */
@Injectable()
export class RecordingsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RecordingsService.name);

  constructor(
    @Inject(RECORDING_SIGNER) private readonly signer: RecordingSigner | null,
    @Inject(AUDIO_STORAGE) private readonly storage: AudioStorage,
    private readonly rpc: RpcClient,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.signer)
      this.logger.warn('CALLSIGHT_SECRETS_KEY is not set: recording URLs are refused (403) until it is');
  }

  /** The job's stored recording, once the link is shown to be valid: 403 for a bad or expired link, 404 when there is none. */
  async find(jobId: string, link: RecordingLink, requestId: string): Promise<StoredAudio> {
    const workspaceId = this.checked(jobId, link);
    const recording = await this.rpc.request<RecordingReply>(
      Subjects.transcription.getRecording,
      { workspaceId, requestId },
      { jobId },
    );
    const stored = await this.storage.stat(recording.key).catch(() => Promise.reject(STORAGE_DOWN));
    if (!stored) throw DomainError.notFound(`The recording of job ${jobId}`);
    return stored;
  }

  open(stored: StoredAudio, range?: ByteRange): Promise<Readable> {
    return this.storage.get(stored.key, range).catch(() => Promise.reject(STORAGE_DOWN));
  }

  /** The workspace the link is for, when its signature covers this job, workspace and expiry and it has not expired. */
  private checked(jobId: string, link: RecordingLink): string {
    const { workspace, expires, signature } = link;
    if (
      !this.signer ||
      !JOB_ID.test(jobId) ||
      typeof workspace !== 'string' ||
      !WORKSPACE_ID.test(workspace) ||
      typeof expires !== 'string' ||
      !EXPIRES.test(expires) ||
      typeof signature !== 'string'
    )
      throw INVALID_LINK;
    const check = this.signer.check({ workspaceId: workspace, jobId, expires: Number(expires) }, signature);
    if (check === 'expired') throw EXPIRED_LINK;
    if (check !== 'valid') throw INVALID_LINK;
    return workspace;
  }
}
