import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createHash, randomBytes } from 'node:crypto';
import { AudioStorage, derivedAudioKey, LocalAudioStorage, S3AudioStorage } from '@callsight/common/storage';
import { match } from '../support/asymmetric-matchers';
import { freePort } from '../support/free-port';

/** What the tests use of s3rver, which ships no type declarations. */
type S3rver = new (options: { port: number; address: string; silent: boolean; directory: string }) => {
  run(): Promise<unknown>;
  close(): Promise<void>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver has no types to import by; typed by S3rver
const S3rver = require('s3rver') as S3rver;

const WORKSPACE = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

/** A WAV header and then `size` bytes of silence-ish payload. */
function wav(size: number): Buffer {
  const header = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
  return Buffer.concat([header, randomBytes(size)]);
}

/** Streams in small chunks, as an upload arrives. */
const chunked = (content: Buffer, chunk = 16 * 1024): Readable =>
  Readable.from(
    (function* () {
      for (let offset = 0; offset < content.length; offset += chunk) yield content.subarray(offset, offset + chunk);
    })(),
  );

interface StoreUnderTest {
  storage: AudioStorage;
  /** How many objects the store holds, to prove a refused upload left nothing. */
  count(): Promise<number>;
  cleanup(): Promise<void>;
}

const stores: Array<[string, () => Promise<StoreUnderTest>]> = [
  [
    'local directory',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'callsight-audio-'));
      const count = () =>
        Promise.resolve(
          readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length,
        );
      const cleanup = () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      };
      return Promise.resolve({ storage: new LocalAudioStorage(dir), count, cleanup });
    },
  ],
  [
    'S3-compatible (s3rver on loopback)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'callsight-s3-'));
      const port = await freePort();
      const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory: dir });
      await server.run();
      const client = new S3Client({
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      });
      const bucket = `callsight-${randomBytes(4).toString('hex')}`;
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      return {
        storage: new S3AudioStorage(client, bucket),
        count: async () => (await client.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0,
        cleanup: async () => {
          client.destroy();
          await server.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];

describe.each(stores)('audio storage: %s', (_name, make) => {
  let subject: StoreUnderTest;

  beforeEach(async () => {
    subject = await make();
  });

  afterEach(async () => subject.cleanup());

  it('stores streamed audio by key with its size, checksum and sniffed type, readable back whole', async () => {
    const content = wav(300 * 1024);
    const stored = await subject.storage.put(chunked(content), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    expect(stored).toEqual({
      key: match.stringMatching(new RegExp(`^audio/${WORKSPACE}/\\d{4}/\\d{2}/[0-9a-z]{26}$`)),
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      contentType: 'audio/wav',
    });
    expect(await subject.storage.stat(stored.key)).toEqual(stored);
    expect((await streamToBuffer(await subject.storage.get(stored.key))).equals(content)).toBe(true);
  });

  it('streams audio larger than one multipart part (over 5 MB)', async () => {
    const content = wav(6 * 1024 * 1024);
    const stored = await subject.storage.put(chunked(content), { workspaceId: WORKSPACE, maxBytes: 10 * 1024 * 1024 });
    expect(stored.size).toBe(content.length);
    expect((await streamToBuffer(await subject.storage.get(stored.key))).equals(content)).toBe(true);
  });

  it('refuses what is not audio, and keeps nothing of it', async () => {
    await expect(
      subject.storage.put(chunked(Buffer.from('%PDF-1.7 not audio at all, really not'.repeat(10))), {
        workspaceId: WORKSPACE,
        maxBytes: 1024,
      }),
    ).rejects.toMatchObject({ code: 'unsupported_media_type' });
    expect(await subject.count()).toBe(0);
  });

  it('refuses audio over the size limit as it streams', async () => {
    await expect(
      subject.storage.put(chunked(wav(200 * 1024)), { workspaceId: WORKSPACE, maxBytes: 100 * 1024 }),
    ).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(await subject.count()).toBe(0);
  });

  it('refuses an empty file', async () => {
    await expect(
      subject.storage.put(Readable.from([]), { workspaceId: WORKSPACE, maxBytes: 1024 }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('deletes, and answers stat with null for what is not there', async () => {
    const stored = await subject.storage.put(chunked(wav(1024)), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    await subject.storage.delete(stored.key);
    expect(await subject.storage.stat(stored.key)).toBeNull();
    await expect(subject.storage.get(stored.key)).rejects.toThrow();
  });

  it('reads a byte range: exactly the bytes asked for, first, middle and last', async () => {
    const content = wav(300 * 1024);
    const stored = await subject.storage.put(chunked(content), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    const last = content.length - 1;
    // One byte at 1, not at 0: s3rver reads `bytes=0-0` as the whole object (its end of 0 counts as none); S3 does not.
    for (const [start, end] of [
      [1, 1],
      [0, 99],
      [1000, 200_000],
      [last - 9, last],
      [last, last],
    ]) {
      const read = await streamToBuffer(await subject.storage.get(stored.key, { start, end }));
      expect({ start, end, length: read.length }).toEqual({ start, end, length: end - start + 1 });
      expect(read.equals(content.subarray(start, end + 1))).toBe(true);
    }
  });

  it('stores under a derived key once, however often the same audio is put under it', async () => {
    const content = wav(64 * 1024);
    const key = derivedAudioKey(WORKSPACE, 'job_01jd5f3k1q8m2x7c9v4b6n0p3r:1', new Date('2026-03-09T10:00:00Z'));
    expect(key).toMatch(new RegExp(`^audio/${WORKSPACE}/2026/03/[0-9a-f]{26}$`));
    const options = { workspaceId: WORKSPACE, maxBytes: 1024 * 1024, key };
    const first = await subject.storage.put(chunked(content), options);
    const again = await subject.storage.put(chunked(content), options);
    expect(again).toEqual(first);
    expect(first.key).toBe(key);
    expect(await subject.count()).toBe(2); // the audio and its checksum file
    expect((await streamToBuffer(await subject.storage.get(key))).equals(content)).toBe(true);
  });

  it('never touches a key it did not make', async () => {
    await expect(subject.storage.stat('../../etc/passwd')).rejects.toThrow(/Not an audio storage key/);
    await expect(subject.storage.get(`audio/${WORKSPACE}/2026/01/../../x`)).rejects.toThrow(/Not an audio storage key/);
  });
});

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
