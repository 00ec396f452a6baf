import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { LocalAudioStorage } from '@callsight/common/storage';
import { AudioSourceService } from '../../apps/transcription/src/audio/audio-source.service';
import { transcriptionSettingsFrom, TranscriptionEnv } from '../../apps/transcription/src/transcription.settings';
import { match } from '../support/asymmetric-matchers';

const WORKSPACE = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

/** Audio from storage, as the transcription service on another node reads it. */
describe('audio from storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-source-'));
  const storage = new LocalAudioStorage(join(dir, 'store'));
  const source = new AudioSourceService(transcriptionSettingsFrom(new TranscriptionEnv()), storage);
  const recording = Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.alloc(4),
    Buffer.from('WAVEfmt '),
    randomBytes(64 * 1024),
  ]);

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
    await expect(
      source.fetch({ source: 'audio_file', audioKey: stored.key, audioUrl: null }, join(dir, 'damaged.wav')),
    ).rejects.toMatchObject({ code: 'audio_corrupt', message: match.stringMatching(/does not match its checksum/) });
  });

  it('refuses a key that is not in storage', async () => {
    await expect(
      source.fetch(
        { source: 'audio_file', audioKey: `audio/${WORKSPACE}/2026/01/01jd5f3k1q8m2x7c9v4b6n0p3r`, audioUrl: null },
        join(dir, 'none.wav'),
      ),
    ).rejects.toMatchObject({ code: 'audio_missing' });
  });
});

/** Audio from a URL: every bound the download has, against a real server on loopback. */
describe('audio from a URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-download-'));
  const recording = Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.alloc(4),
    Buffer.from('WAVEfmt '),
    randomBytes(8 * 1024),
  ]);
  const MAX_BYTES = 32 * 1024;
  let server: Server;
  let base: string;
  let source: AudioSourceService;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/call.wav') return void response.writeHead(200, { 'content-type': 'audio/wav' }).end(recording);
      if (path.startsWith('/loop'))
        return void response.writeHead(302, { location: `/loop${Number(path.slice(5) || 0) + 1}` }).end();
      if (path === '/to-metadata')
        return void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (path === '/to-file') return void response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (path === '/to-nowhere') return void response.writeHead(302, { location: 'http://[::1' }).end();
      if (path === '/declared-huge')
        return void response
          .writeHead(200, { 'content-type': 'audio/wav', 'content-length': String(MAX_BYTES + 1) })
          .end();
      if (path === '/endless') {
        response.writeHead(200, { 'content-type': 'audio/wav' });
        response.write(recording);
        const timer = setInterval(() => response.write(randomBytes(16 * 1024)), 5);
        response.on('close', () => clearInterval(timer));
        return;
      }
      if (path === '/stall') {
        response.writeHead(200, { 'content-type': 'audio/wav' });
        response.write(recording.subarray(0, 100));
        return;
      }
      if (path === '/html') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const env = Object.assign(new TranscriptionEnv(), {
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
      CALLSIGHT_AUDIO_MAX_BYTES: MAX_BYTES,
      CALLSIGHT_AUDIO_DOWNLOAD_TIMEOUT_MS: 1_000,
    });
    source = new AudioSourceService(transcriptionSettingsFrom(env), new LocalAudioStorage(join(dir, 'store')));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const fetchUrl = (path: string) =>
    source.fetch(
      { source: 'audio_url', audioUrl: `${base}${path}`, audioKey: null },
      join(dir, `${path.replace(/\W/g, '_')}.wav`),
    );

  it('downloads audio', async () => {
    await fetchUrl('/call.wav');
    expect(readFileSync(join(dir, '_call_wav.wav')).equals(recording)).toBe(true);
  });

  it.each([
    ['a redirect loop', '/loop', 'download_failed', /more than 5 redirects/],
    ['a redirect to the cloud metadata address', '/to-metadata', 'egress_denied', /169\.254\.169\.254/],
    ['a redirect to a file URL', '/to-file', 'egress_denied', /file:/],
    ['a redirect to an invalid URL', '/to-nowhere', 'download_failed', /invalid URL/],
    ['a declared size over the limit', '/declared-huge', 'audio_too_large', /larger than/],
    ['a stream that goes on past the limit', '/endless', 'audio_too_large', /./],
    ['a page that is not audio', '/html', 'not_audio', /text\/html/],
    ['a missing file', '/missing.wav', 'download_failed', /404/],
  ])('refuses %s for good', async (_label, path, code, message) => {
    await expect(fetchUrl(path)).rejects.toMatchObject({ code, message: match.stringMatching(message) });
  });

  it('gives up on a server that stops sending, at the deadline, as a failure worth retrying', async () => {
    const started = Date.now();
    const failure = await fetchUrl('/stall').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toHaveProperty('code');
    expect((failure as Error).message).toBe('downloading the audio did not finish within 1000 ms');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
