import type { Readable } from 'node:stream';

/** Stored audio, addressed by key and checksummed, as any node reading it will find it. */
export interface StoredAudio {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
}

export interface PutOptions {
  workspaceId: string;
  maxBytes: number;
  /**
   * Stores under this key (from `derivedAudioKey`) instead of a new one, replacing what is there: for
   * audio that must be kept once however often it is put (a job attempt's fetched recording).
   */
  key?: string;
}

/** Bytes `start` to `end`, both included, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where uploaded audio lives: a directory (a shared volume when there are several nodes) or any
 * S3-compatible object store. `put` streams, refuses what is not audio (415) or too large (413),
 * and leaves nothing behind when it refuses.
 */
export interface AudioStorage {
  readonly kind: 'local' | 's3';
  put(content: Readable, options: PutOptions): Promise<StoredAudio>;
  /** The audio, or only `range` of it (which must lie within its size). */
  get(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<StoredAudio | null>;
  delete(key: string): Promise<void>;
}

export const AUDIO_STORAGE = Symbol('AUDIO_STORAGE');

const KEY = /^audio\/ws_[0-9a-z]{26}\/\d{4}\/\d{2}\/[0-9a-z]{26}$/;

/** Keys come from us, but are checked before any use so a forged one cannot reach outside the store. */
export function assertAudioKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not an audio storage key: ${key}`);
}
