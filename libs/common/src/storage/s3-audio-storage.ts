import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AudioIntake, newAudioKey } from './audio-intake';
import { assertAudioKey, AudioStorage, ByteRange, PutOptions, StoredAudio } from './audio-storage';

export interface S3StorageOptions {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
}

/**
 * Audio in any S3-compatible store (AWS S3, MinIO, Ceph, R2…), streamed with multipart upload so
 * nothing is held whole in memory. The checksum is known only at the end, so it is written to a
 * small JSON object beside the audio, as the local store does.
 */
export class S3AudioStorage implements AudioStorage {
  readonly kind = 's3';

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  static create(options: S3StorageOptions): S3AudioStorage {
    const client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
    });
    return new S3AudioStorage(client, options.bucket);
  }

  async put(content: Readable, options: PutOptions): Promise<StoredAudio> {
    const key = options.key ?? newAudioKey(options.workspaceId);
    if (options.key) assertAudioKey(options.key);
    const intake = new AudioIntake(options.maxBytes);
    const body = new PassThrough();
    const feeding = pipeline(content, intake, body);
    const firstBytes = new Promise<void>((resolve, reject) => {
      intake.once('data', () => resolve());
      intake.once('end', () => resolve());
      feeding.catch(reject);
    });
    // The content type is only known from the first bytes, so the upload starts once they are in.
    await firstBytes;
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body, ContentType: intake.sniffed?.contentType },
    });
    try {
      await Promise.all([feeding, upload.done()]);
    } catch (error) {
      await upload.abort().catch(() => undefined);
      // A given key may already hold this audio from an earlier put, which a failed one must not take away.
      if (!options.key) await this.delete(key).catch(() => undefined);
      throw error;
    }
    const stored: StoredAudio = {
      key,
      size: intake.size,
      sha256: intake.sha256,
      contentType: intake.sniffed?.contentType ?? 'application/octet-stream',
    };
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: `${key}.json`,
        Body: JSON.stringify(stored),
        ContentType: 'application/json',
      }),
    );
    return stored;
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    if (!(await this.stat(key))) throw new Error(`No audio stored at ${key}`);
    const object = await this.client.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    return object.Body as Readable;
  }

  async stat(key: string): Promise<StoredAudio | null> {
    assertAudioKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: `${key}.json` }));
      return JSON.parse(
        await (object.Body as { transformToString(): Promise<string> }).transformToString(),
      ) as StoredAudio;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertAudioKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: `${key}.json` }));
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
