import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AudioIntake, newAudioKey } from './audio-intake';
import { assertAudioKey, AudioStorage, ByteRange, PutOptions, StoredAudio } from './audio-storage';

/** Audio in a directory: written to a temporary name and renamed when whole, with its checksum in a JSON file beside it. */
export class LocalAudioStorage implements AudioStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(content: Readable, options: PutOptions): Promise<StoredAudio> {
    const key = options.key ?? newAudioKey(options.workspaceId);
    if (options.key) assertAudioKey(options.key);
    const target = this.path(key);
    // Its own name per put: two puts of one given key (a re-driven job) must not write into one file.
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    await mkdir(dirname(target), { recursive: true });
    const intake = new AudioIntake(options.maxBytes);
    const sink = createWriteStream(partial, { flags: 'wx' });
    try {
      await pipeline(content, intake, sink);
    } catch (error) {
      // pipeline rejects at the first error, possibly before the file is even open; removing it before it closes could leave it behind.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(partial, { force: true });
      throw error;
    }
    const stored: StoredAudio = {
      key,
      size: intake.size,
      sha256: intake.sha256,
      contentType: intake.sniffed?.contentType ?? 'application/octet-stream',
    };
    await writeFile(`${target}.json`, JSON.stringify(stored));
    await rename(partial, target);
    return stored;
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    if (!(await this.stat(key))) throw new Error(`No audio stored at ${key}`);
    return createReadStream(this.path(key), range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<StoredAudio | null> {
    assertAudioKey(key);
    try {
      return JSON.parse(await readFile(`${this.path(key)}.json`, 'utf8')) as StoredAudio;
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    assertAudioKey(key);
    await rm(this.path(key), { force: true });
    await rm(`${this.path(key)}.json`, { force: true });
  }

  private path(key: string): string {
    return join(this.root, ...key.split('/'));
  }
}
