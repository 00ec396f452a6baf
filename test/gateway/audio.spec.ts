import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { ProblemDetails } from '@callsight/common';
import type { JobPage, JobView, SubmissionAccepted } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const MAX_BYTES = 256 * 1024;

function wav(size: number): Blob {
  const header = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
  return new Blob([Buffer.concat([header, randomBytes(size)])], { type: 'audio/wav' });
}

function form(
  fields: Record<string, string>,
  files: Array<[string, Blob, string]> = [['file', wav(4096), 'call.wav']],
): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const [name, blob, filename] of files) data.append(name, blob, filename);
  return data;
}

describe('audio submissions', () => {
  let running: RunningStack;
  let api: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('audio', { CALLSIGHT_UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    api = running.api;
  });

  afterAll(async () => running?.stop());

  const storedFiles = () =>
    readdirSync(running.storageDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && !entry.name.endsWith('.json'),
    ).length;
  const upload = <T = SubmissionAccepted>(data: FormData, headers: Record<string, string> = {}) =>
    api.request<T>('POST', '/api/v1/calls/audio-file', { form: data, headers });
  const jobTotal = async () => (await api.get<JobPage>('/api/v1/jobs?limit=100')).body.data.length;

  it('accepts an audio URL with metadata', async () => {
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/audio', {
      audio_url: 'https://recordings.example.com/call-42.mp3',
      source_call_id: 'rec-42',
      direction: 'inbound',
      from_number: '+15551234567',
    });
    expect(accepted.status).toBe(202);
    const job = (await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body;
    expect(job).toMatchObject({ source: 'audio_url', source_call_id: 'rec-42', direction: 'inbound' });
  });

  it.each([
    ['no URL', {}],
    ['a file URL', { audio_url: 'file:///etc/passwd' }],
    ['a bad phone number', { audio_url: 'https://x.example/a.mp3', from_number: 'call me' }],
  ])('refuses an audio URL submission with %s', async (_label, body) => {
    const response = await api.post<ProblemDetails>('/api/v1/calls/audio', body);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('streams an uploaded recording into storage and queues it with its form fields', async () => {
    const before = storedFiles();
    const accepted = await upload(
      form({
        source_call_id: 'up-1',
        duration_seconds: '95',
        metadata: JSON.stringify({ crm: 'hubspot' }),
        algorithm_ids: JSON.stringify(['talk_ratio']),
      }),
    );
    expect(accepted.status).toBe(202);
    expect(storedFiles()).toBe(before + 1);
    const job = (await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body;
    expect(job).toMatchObject({
      source: 'audio_file',
      source_call_id: 'up-1',
      duration_seconds: 95,
      metadata: { crm: 'hubspot' },
    });
  });

  it.each<[string, () => FormData, number, string]>([
    [
      'a file that is not audio',
      () => form({}, [['file', new Blob(['%PDF-1.7 '.repeat(20)], { type: 'audio/mpeg' }), 'fake.mp3']]),
      415,
      'unsupported_media_type',
    ],
    ['a file over the size limit', () => form({}, [['file', wav(MAX_BYTES + 1), 'big.wav']]), 413, 'payload_too_large'],
    ['no file', () => form({ source_call_id: 'x' }, []), 400, 'validation_failed'],
    [
      'two files',
      () =>
        form({}, [
          ['file', wav(1024), 'a.wav'],
          ['file', wav(1024), 'b.wav'],
        ]),
      400,
      'validation_failed',
    ],
    ['a file in another field', () => form({}, [['audio', wav(1024), 'a.wav']]), 400, 'validation_failed'],
    ['a bad field', () => form({ duration_seconds: 'long' }), 400, 'validation_failed'],
    ['an unknown field', () => form({ colour: 'blue' }), 400, 'validation_failed'],
    ['nested metadata', () => form({ metadata: JSON.stringify({ a: { b: 1 } }) }), 400, 'validation_failed'],
    ['an empty file', () => form({}, [['file', new Blob([]), 'empty.wav']]), 400, 'validation_failed'],
  ])('refuses %s and keeps nothing', async (_label, make, status, code) => {
    const [files, jobs] = [storedFiles(), await jobTotal()];
    const response = await upload<ProblemDetails>(make());
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedFiles()).toBe(files);
    expect(await jobTotal()).toBe(jobs);
  });

  const WAV_HEAD = Buffer.concat([
    Buffer.from('RIFF'),
    Buffer.alloc(4),
    Buffer.from('WAVEfmt '),
    Buffer.alloc(48),
  ]).toString('latin1');
  const part = (name: string, body: string, filename?: string) =>
    `--b0undary\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n${filename ? 'Content-Type: audio/wav\r\n' : ''}\r\n${body}\r\n`;

  it.each<[string, string, string]>([
    ['no boundary', 'multipart/form-data', part('file', WAV_HEAD, 'a.wav') + '--b0undary--\r\n'],
    [
      'a boundary that never appears',
      'multipart/form-data; boundary=other',
      part('file', WAV_HEAD, 'a.wav') + '--b0undary--\r\n',
    ],
    [
      'a body cut off inside the file',
      'multipart/form-data; boundary=b0undary',
      part('file', WAV_HEAD + 'x'.repeat(4000), 'a.wav').slice(0, 200),
    ],
    [
      'no closing boundary',
      'multipart/form-data; boundary=b0undary',
      part('file', WAV_HEAD + 'x'.repeat(4000), 'a.wav'),
    ],
    ['a part without headers', 'multipart/form-data; boundary=b0undary', '--b0undary\r\n\r\nhello\r\n--b0undary--\r\n'],
    ['garbage', 'multipart/form-data; boundary=b0undary', '\u0000\u0001garbage'],
    ['an empty body', 'multipart/form-data; boundary=b0undary', ''],
    [
      'a field too long',
      'multipart/form-data; boundary=b0undary',
      part('title', 'x'.repeat(2_000_000)) + part('file', WAV_HEAD, 'a.wav') + '--b0undary--\r\n',
    ],
  ])('answers a broken multipart body (%s) with a 4xx problem and keeps nothing', async (_label, contentType, raw) => {
    const [files, jobs] = [storedFiles(), await jobTotal()];
    const response = await api.request('POST', '/api/v1/calls/audio-file', {
      raw,
      headers: { 'content-type': contentType },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(storedFiles()).toBe(files);
    expect(await jobTotal()).toBe(jobs);
  });

  it('refuses a JSON body on the upload route and a multipart body on the JSON routes', async () => {
    expect((await api.post('/api/v1/calls/audio-file', { file: 'x' })).status).toBe(415);
    expect(
      (await api.request('POST', '/api/v1/calls/transcript', { form: form({ transcript: 'A: hi' }, []) })).status,
    ).toBe(415);
  });

  it('replays an upload with the same Idempotency-Key without keeping a second copy', async () => {
    const audio = wav(2048);
    const key = `upload-${Date.now()}`;
    const first = await upload(form({ source_call_id: 'idem-up' }, [['file', audio, 'a.wav']]), {
      'Idempotency-Key': key,
    });
    const files = storedFiles();
    const again = await upload(form({ source_call_id: 'idem-up' }, [['file', audio, 'a.wav']]), {
      'Idempotency-Key': key,
    });
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(storedFiles()).toBe(files);
    const other = await upload(form({ source_call_id: 'idem-up' }, [['file', wav(2048), 'b.wav']]), {
      'Idempotency-Key': key,
    });
    expect(other.status).toBe(422);
    expect(storedFiles()).toBe(files);
  });

  it('tells the job why audio is not transcribed yet', async () => {
    const accepted = await upload(form({}));
    const job = await waitFor(async () => {
      const response = await api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`);
      return response.body.status === 'failed' ? response.body : undefined;
    }, 'the audio job to end');
    expect(job.status_reason).toMatch(/transcription failed/);
  });
});
