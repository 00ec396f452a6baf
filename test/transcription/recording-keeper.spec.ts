import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { JobCreatedEvent } from '@callsight/contracts';
import { LocalAudioStorage } from '@callsight/common/storage';
import { fetchedRecordingKey, RecordingKeeper } from '../../apps/transcription/src/recordings/recording-keeper';
import { TranscriptionEnv, transcriptionSettingsFrom } from '../../apps/transcription/src/transcription.settings';

const WORKSPACE = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

const job = (overrides: Partial<JobCreatedEvent>, attempt = 1): JobCreatedEvent =>
  ({
    job: { jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r', attempt, createdAt: '2026-11-30T23:59:00.000Z' },
    source: 'audio_url',
    transcript: null,
    audioUrl: 'https://recordings.example.com/call.wav',
    audioKey: null,
    language: null,
    ...overrides,
  }) as JobCreatedEvent;

/** Keeping a job's audio in storage, against a real storage directory. */
describe('RecordingKeeper', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-keeper-'));
  const root = join(dir, 'store');
  const storage = new LocalAudioStorage(root);
  const keeper = new RecordingKeeper(transcriptionSettingsFrom(new TranscriptionEnv()), storage);
  const audio = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), randomBytes(32 * 1024)]);
  const fetched = join(dir, 'original');
  writeFileSync(fetched, audio);
  const files = () =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores fetched audio once per job attempt, however often the attempt is worked on', async () => {
    const first = await keeper.keep(WORKSPACE, job({}), fetched);
    const again = await keeper.keep(WORKSPACE, job({}), fetched);
    expect(first).toEqual({ key: fetchedRecordingKey(WORKSPACE, job({}).job), contentType: 'audio/wav' });
    expect(again).toEqual(first);
    // Filed under the month the job was accepted in, whenever the attempt runs.
    expect(first!.key).toMatch(new RegExp(`^audio/${WORKSPACE}/2026/11/[0-9a-f]{26}$`));
    expect(files()).toHaveLength(2);
    expect(readFileSync(join(root, ...first!.key.split('/'))).equals(audio)).toBe(true);
  });

  it('keeps a new attempt apart, and discards only the attempt it is told of', async () => {
    const second = await keeper.keep(WORKSPACE, job({}, 2), fetched);
    expect(second!.key).not.toBe(fetchedRecordingKey(WORKSPACE, job({}).job));
    expect(files()).toHaveLength(4);
    await keeper.discard(WORKSPACE, job({}, 2));
    expect(await storage.stat(second!.key)).toBeNull();
    expect(await storage.stat(fetchedRecordingKey(WORKSPACE, job({}).job))).not.toBeNull();
  });

  it('names an upload where it already is, and never discards it', async () => {
    const upload = await storage.put(Readable.from([audio]), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    const uploaded = job({ source: 'audio_file', audioUrl: null, audioKey: upload.key });
    expect(await keeper.keep(WORKSPACE, uploaded, fetched)).toEqual({ key: upload.key, contentType: 'audio/wav' });
    await keeper.discard(WORKSPACE, uploaded);
    expect(await storage.stat(upload.key)).toEqual(upload);
  });

  it('keeps nothing for a supplied transcript', async () => {
    const before = files().length;
    expect(await keeper.keep(WORKSPACE, job({ source: 'transcript', audioUrl: null }), fetched)).toBeNull();
    expect(files()).toHaveLength(before);
  });
});
