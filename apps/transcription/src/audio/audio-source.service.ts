import { Inject, Injectable } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Dispatcher, request } from 'undici';
import { DomainError, ErrorCodes, JobCreatedEvent } from '@callsight/contracts';
import { assertUrlAllowed, EgressPolicy, guardedDispatcher } from '@callsight/common/egress';
import { AUDIO_STORAGE, AudioIntake, AudioStorage } from '@callsight/common/storage';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';
import { AudioRejected } from './media-tools';

const MAX_REDIRECTS = 5;
const ACCEPTED_TYPES =
  /^(audio\/|video\/(webm|mp4|ogg|quicktime)|application\/(octet-stream|ogg)|binary\/octet-stream)/i;

/** Puts a job's audio in a local file: downloaded from its URL (guarded) or read from audio storage. */
@Injectable()
export class AudioSourceService {
  private readonly policy: EgressPolicy;
  private readonly dispatcher: Dispatcher;

  constructor(
    @Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings,
    @Inject(AUDIO_STORAGE) private readonly storage: AudioStorage,
  ) {
    this.policy = EgressPolicy.fromEnv(settings.egressAllow);
    this.dispatcher = guardedDispatcher(this.policy, { connectTimeoutMs: 10_000 });
  }

  async fetch(job: Pick<JobCreatedEvent, 'source' | 'audioUrl' | 'audioKey'>, target: string): Promise<void> {
    if (job.source === 'audio_file' && job.audioKey) return this.fromStorage(job.audioKey, target);
    if (job.source === 'audio_url' && job.audioUrl) return this.download(job.audioUrl, target);
    throw new AudioRejected('audio_missing', 'the job names no audio');
  }

  /** The copy is checked against the size and checksum taken at upload, so a damaged or half-synced file is refused, not transcribed. */
  private async fromStorage(key: string, target: string): Promise<void> {
    const stored = await this.storage.stat(key);
    if (!stored) throw new AudioRejected('audio_missing', `the uploaded audio ${key} is not in storage`);
    const intake = new AudioIntake(stored.size);
    try {
      await pipeline(await this.storage.get(key), intake, createWriteStream(target));
    } catch (error) {
      if (error instanceof DomainError)
        throw new AudioRejected('audio_corrupt', `the stored audio ${key} is not what was uploaded: ${error.message}`);
      throw error;
    }
    const actual = intake.sha256;
    if (actual !== stored.sha256)
      throw new AudioRejected(
        'audio_corrupt',
        `the stored audio ${key} does not match its checksum (expected sha256 ${stored.sha256}, read ${actual})`,
      );
  }

  /** Follows at most five redirects itself, checking every hop against the egress policy. A download past the deadline is retried later. */
  private async download(url: string, target: string): Promise<void> {
    const deadline = AbortSignal.timeout(this.settings.downloadTimeoutMs);
    try {
      await this.follow(new URL(url), target, deadline);
    } catch (error) {
      if (deadline.aborted && !(error instanceof AudioRejected))
        throw new Error(`downloading the audio did not finish within ${this.settings.downloadTimeoutMs} ms`, {
          cause: error,
        });
      throw error;
    }
  }

  private async follow(start: URL, target: string, deadline: AbortSignal): Promise<void> {
    let current = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const response = await this.get(current, deadline);
      if (response.statusCode >= 300 && response.statusCode < 400 && response.headers.location) {
        await response.body.dump();
        current = redirectTarget(String(response.headers.location), current);
        continue;
      }
      if (response.statusCode >= 400) {
        await response.body.dump();
        if (response.statusCode >= 500 || response.statusCode === 429)
          throw new Error(`the audio server answered ${response.statusCode}`);
        throw new AudioRejected(
          'download_failed',
          `downloading the audio failed: the server answered ${response.statusCode}`,
        );
      }
      return this.save(response, target);
    }
    throw new AudioRejected('download_failed', `downloading the audio failed: more than ${MAX_REDIRECTS} redirects`);
  }

  private async get(url: URL, signal: AbortSignal): Promise<Dispatcher.ResponseData> {
    try {
      assertUrlAllowed(this.policy, url);
      return await request(url, {
        method: 'GET',
        dispatcher: this.dispatcher,
        signal,
        headersTimeout: this.settings.downloadTimeoutMs,
        bodyTimeout: this.settings.downloadTimeoutMs,
      });
    } catch (error) {
      const denied =
        error instanceof DomainError
          ? error
          : (error as { cause?: unknown }).cause instanceof DomainError
            ? (error as { cause: DomainError }).cause
            : null;
      if (denied) throw new AudioRejected('egress_denied', denied.message);
      throw error;
    }
  }

  private async save(response: Dispatcher.ResponseData, target: string): Promise<void> {
    const type = String(response.headers['content-type'] ?? '');
    // A refused body is not read at all: it may be large, or never end.
    if (type && !ACCEPTED_TYPES.test(type)) {
      discard(response);
      throw new AudioRejected('not_audio', `the URL does not serve audio (content type ${type})`);
    }
    if (Number(response.headers['content-length'] ?? 0) > this.settings.maxBytes) {
      discard(response);
      throw new AudioRejected('audio_too_large', `the audio is larger than ${this.settings.maxBytes} bytes`);
    }
    try {
      await pipeline(response.body, new AudioIntake(this.settings.maxBytes), createWriteStream(target));
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCodes.payloadTooLarge)
        throw new AudioRejected('audio_too_large', error.message);
      if (error instanceof DomainError) throw new AudioRejected('not_audio', error.message);
      throw error;
    }
  }
}

function redirectTarget(location: string, from: URL): URL {
  try {
    return new URL(location, from);
  } catch {
    throw new AudioRejected(
      'download_failed',
      `downloading the audio failed: the server redirected to an invalid URL (${location.slice(0, 200)})`,
    );
  }
}

/** Drops a response without reading it; undici reports the abort as an error, which is expected here. */
function discard(response: Dispatcher.ResponseData): void {
  response.body.on('error', () => undefined).destroy();
}
