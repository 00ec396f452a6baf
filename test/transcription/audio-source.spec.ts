import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { LocalAudioStorage } from '@callsight/common/storage';
import { AudioSourceService } from '../../apps/transcription/src/audio/audio-source.service';
import { transcriptionSettingsFrom, TranscriptionEnv } from '../../apps/transcription/src/transcription.settings';

const WORKSPACE = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

/** Audio from storage, as the transcription service on another node reads it. */
describe('audio from storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-source-'));
  const storage = new LocalAudioStorage(join(dir, 'store'));
  const source = new AudioSourceService(transcriptionSettingsFrom(new TranscriptionEnv()), storage);
  const recording = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), randomBytes(64 * 1024)]);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies stored audio byte for byte when it matches its checksum', async () => {
    const stored = await storage.put(Readable.from([recording]), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    const target = join(dir, 'copy.wav');
    await source.fetch({ source: 'audio_file', audioKey: stored.key, audioUrl: null }, target);
    expect(readFileSync(target).equals(recording)).toBe(true);
  });

  it('refuses stored audio that no longer matches its checksum', async () => {
    const stored = await storage.put(Readable.from([recording]), { workspaceId: WORKSPACE, maxBytes: 1024 * 1024 });
    const damaged = Buffer.from(recording);
    damaged[damaged.length - 1] ^= 0xff;
    writeFileSync(join(dir, 'store', ...stored.key.split('/')), damaged);
    await expect(source.fetch({ source: 'audio_file', audioKey: stored.key, audioUrl: null }, join(dir, 'damaged.wav'))).rejects.toMatchObject({ code: 'audio_corrupt', message: expect.stringMatching(/does not match its checksum/) });
  });

  it('refuses a key that is not in storage', async () => {
    await expect(source.fetch({ source: 'audio_file', audioKey: `audio/${WORKSPACE}/2026/01/01jd5f3k1q8m2x7c9v4b6n0p3r`, audioUrl: null }, join(dir, 'none.wav'))).rejects.toMatchObject({ code: 'audio_missing' });
  });
});
