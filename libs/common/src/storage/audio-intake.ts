import { createHash } from 'node:crypto';
import { Transform, TransformCallback } from 'node:stream';
import { monotonicFactory } from 'ulid';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { SNIFF_BYTES, sniffAudio, SniffedAudio } from './audio-sniffer';

const ulid = monotonicFactory();

/**
 * Passes audio through while checking it: its type from the first bytes, its size against the
 * limit, and its SHA-256. Fails the stream with a DomainError (415 or 413) as soon as it knows.
 */
export class AudioIntake extends Transform {
  private readonly hash = createHash('sha256');
  private head: Buffer = Buffer.alloc(0);
  size = 0;
  sniffed: SniffedAudio | null = null;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get sha256(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes)
      return callback(new DomainError(ErrorCodes.payloadTooLarge, `The audio is larger than ${this.maxBytes} bytes`));
    this.hash.update(chunk);
    if (this.sniffed) return callback(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < SNIFF_BYTES) return callback();
    this.release(callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.sniffed) return callback();
    if (this.head.length === 0)
      return callback(new DomainError(ErrorCodes.validationFailed, 'The audio file is empty'));
    this.release(callback);
  }

  private release(callback: TransformCallback): void {
    this.sniffed = sniffAudio(this.head);
    if (!this.sniffed)
      return callback(
        new DomainError(
          ErrorCodes.unsupportedMediaType,
          'The file is not audio in a format Callsight decodes (wav, mp3, m4a, ogg/opus, webm, flac, aac, amr, aiff)',
        ),
      );
    const head = this.head;
    this.head = Buffer.alloc(0);
    callback(null, head);
  }
}

/** audio/<workspace>/<yyyy>/<mm>/<ulid>: sortable, spread by month, never guessable from the outside (the type is stored beside it). */
export function newAudioKey(workspaceId: string, now = new Date()): string {
  return `${monthFolder(workspaceId, now)}/${ulid().toLowerCase()}`;
}

/**
 * The same key every time for the same `name` (e.g. a job attempt), so storing it again replaces
 * it instead of keeping a second copy: 26 hex digits of the name's SHA-256, in the month of `at`.
 */
export function derivedAudioKey(workspaceId: string, name: string, at: Date): string {
  const digest = createHash('sha256').update(`${workspaceId}\n${name}`).digest('hex').slice(0, 26);
  return `${monthFolder(workspaceId, at)}/${digest}`;
}

function monthFolder(workspaceId: string, at: Date): string {
  const month = String(at.getUTCMonth() + 1).padStart(2, '0');
  return `audio/${workspaceId}/${at.getUTCFullYear()}/${month}`;
}
