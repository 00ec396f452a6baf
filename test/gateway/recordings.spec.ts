import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { ProblemDetails } from '@callsight/common';
import { RecordingClaims, RecordingSigner } from '@callsight/common/recordings';
import type { SubmissionAccepted } from '@callsight/contracts';
import { CannedSttServer, toneWav } from '../support/canned-stt-server';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const SECRETS_KEY = randomBytes(32).toString('base64');
const HOUR = 3600;

/** Recordings served to holders of a signed URL, through the real gateway, transcription service and storage. */
describe('GET|HEAD /api/v1/recordings/{job_id}', () => {
  const recording = toneWav(2);
  const sha256 = createHash('sha256').update(recording).digest('hex');
  const signer = RecordingSigner.fromSecretsKey(SECRETS_KEY)!;
  let stt: CannedSttServer;
  let running: RunningStack;
  let audioJob: string;
  let transcriptJob: string;

  beforeAll(async () => {
    stt = await CannedSttServer.start();
    running = await startInProcessStack('recordings', {
      CALLSIGHT_SECRETS_KEY: SECRETS_KEY,
      CALLSIGHT_STT_DEFAULT_ENGINE: 'openai_compatible',
      CALLSIGHT_OPENAI_STT_URL: stt.baseUrl,
    });
    const form = new FormData();
    form.append('file', new Blob([recording], { type: 'audio/wav' }), 'call.wav');
    const uploaded = await running.api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', { form });
    const supplied = await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: 'Agent: Hello.\nCaller: Hi, I would like to book a checkup.',
    });
    [audioJob, transcriptJob] = [uploaded.body.job_id, supplied.body.job_id];
    for (const jobId of [audioJob, transcriptJob])
      await waitFor(
        async () => (await running.api.get(`/api/v1/jobs/${jobId}/transcript`)).status === 200,
        `the transcript of ${jobId}`,
      );
  });

  afterAll(async () => {
    await running?.stop();
    await stt?.close();
  });

  const claims = (jobId: string, overrides: Partial<RecordingClaims> = {}): RecordingClaims => ({
    workspaceId: running.workspaceId,
    jobId,
    expires: Math.floor(Date.now() / 1000) + HOUR,
    ...overrides,
  });
  /** The path of a recording URL: `claims` as signed, and the query as sent (which a test may alter). */
  const linkOf = (
    signed: RecordingClaims,
    sent: Partial<Record<'job' | 'workspace' | 'expires' | 'signature', string>> = {},
  ) => {
    const query = new URLSearchParams({
      workspace: sent.workspace ?? signed.workspaceId,
      expires: sent.expires ?? String(signed.expires),
      signature: sent.signature ?? signer.sign(signed),
    });
    return `/api/v1/recordings/${sent.job ?? signed.jobId}?${query.toString()}`;
  };
  const call = (path: string, init: RequestInit = {}) => fetch(`${running.stack.url}${path}`, init);
  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await response.json()) as ProblemDetails;
  };

  it('serves the whole recording, its type, size and checksum, without an API key', async () => {
    const response = await call(linkOf(claims(audioJob)));
    expect(response.status).toBe(200);
    expect(
      Object.fromEntries(
        ['content-type', 'content-length', 'accept-ranges', 'etag'].map((name) => [name, response.headers.get(name)]),
      ),
    ).toEqual({
      'content-type': 'audio/wav',
      'content-length': String(recording.length),
      'accept-ranges': 'bytes',
      etag: `"${sha256}"`,
    });
    expect((await bytesOf(response)).equals(recording)).toBe(true);
  });

  it.each<[string, number, number]>([
    ['bytes=0-0', 0, 0],
    ['bytes=100-1123', 100, 1123],
    ['bytes=60000-', 60000, recording.length - 1],
    ['bytes=-10', recording.length - 10, recording.length - 1],
    [`bytes=5-${recording.length + 1000}`, 5, recording.length - 1],
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const response = await call(linkOf(claims(audioJob)), { headers: { range } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${recording.length}`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect((await bytesOf(response)).equals(recording.subarray(start, end + 1))).toBe(true);
  });

  it('answers a range past the end with 416 and the size', async () => {
    const response = await call(linkOf(claims(audioJob)), { headers: { range: `bytes=${recording.length}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe(`bytes */${recording.length}`);
    expect(await problemOf(response)).toMatchObject({ status: 416, code: 'range_not_satisfiable' });
  });

  it('answers several ranges, or a range for another version, with the whole recording', async () => {
    const several = await call(linkOf(claims(audioJob)), { headers: { range: 'bytes=0-9,20-29' } });
    expect(several.status).toBe(200);
    expect((await bytesOf(several)).equals(recording)).toBe(true);
    const stale = await call(linkOf(claims(audioJob)), { headers: { range: 'bytes=0-9', 'if-range': '"other"' } });
    expect(stale.status).toBe(200);
    expect((await bytesOf(stale)).length).toBe(recording.length);
  });

  it('answers HEAD with the headers alone, ranged or not', async () => {
    const whole = await call(linkOf(claims(audioJob)), { method: 'HEAD' });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe(String(recording.length));
    expect(whole.headers.get('etag')).toBe(`"${sha256}"`);
    expect((await bytesOf(whole)).length).toBe(0);
    const part = await call(linkOf(claims(audioJob)), { method: 'HEAD', headers: { range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${recording.length}`);
  });

  it('answers 304 to a client that has this version', async () => {
    const response = await call(linkOf(claims(audioJob)), { headers: { 'if-none-match': `"${sha256}"` } });
    expect(response.status).toBe(304);
  });

  it('refuses an expired link with 403', async () => {
    const response = await call(linkOf(claims(audioJob, { expires: Math.floor(Date.now() / 1000) - 1 })));
    expect(response.status).toBe(403);
    expect(await problemOf(response)).toMatchObject({ code: 'forbidden', detail: 'The recording link has expired' });
  });

  it.each<
    [string, (signed: RecordingClaims) => Partial<Record<'job' | 'workspace' | 'expires' | 'signature', string>>]
  >([
    ['another job under the same signature', () => ({ job: transcriptJob })],
    ['a later expiry', (signed) => ({ expires: String(signed.expires + 30 * 24 * HOUR) })],
    ['another workspace', () => ({ workspace: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' })],
    ['an altered signature', (signed) => ({ signature: `${signer.sign(signed).slice(0, -2)}AA` })],
    [
      'a signature under another key',
      (signed) => ({ signature: RecordingSigner.fromSecretsKey(randomBytes(32).toString('hex'))!.sign(signed) }),
    ],
    ['no signature', () => ({ signature: '' })],
    ['an expiry that is not a number', () => ({ expires: 'tomorrow' })],
    ['a job id that is not one', () => ({ job: '..%2F..%2Fetc%2Fpasswd' })],
  ])('refuses a link with %s as 403 problem', async (_label, tamper) => {
    const signed = claims(audioJob);
    const response = await call(linkOf(signed, tamper(signed)));
    expect(response.status).toBe(403);
    expect(await problemOf(response)).toMatchObject({ code: 'forbidden', detail: 'The recording link is not valid' });
  });

  it('refuses a link with no query at all, and an API key is no substitute', async () => {
    const response = await call(`/api/v1/recordings/${audioJob}`, {
      headers: { authorization: `Bearer ${running.apiKey}` },
    });
    expect(response.status).toBe(403);
  });

  it('answers 404 for a transcript-only call, whose link is valid but which has no recording', async () => {
    const response = await call(linkOf(claims(transcriptJob)));
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: 'not_found' });
  });

  it("never serves another workspace's job, whether the link is forged or signed for the other workspace", async () => {
    const other = await running.workspaces.createWorkspace(`other-${randomBytes(3).toString('hex')}`);
    const mine = claims(audioJob);
    // The job's own signature, presented as the other workspace's: the signature no longer matches.
    const forged = await call(linkOf(mine, { workspace: other.id }));
    expect(forged.status).toBe(403);
    // A link rightly signed for the other workspace and this job id: that workspace has no such job.
    const signedForOther = await call(linkOf(claims(audioJob, { workspaceId: other.id })));
    expect(signedForOther.status).toBe(404);
    expect((await bytesOf(signedForOther)).includes(recording.subarray(44, 1044))).toBe(false);
  });

  // Last: it empties the storage.
  it('answers 404, not 500, when the recording is no longer in storage', async () => {
    rmSync(running.storageDir, { recursive: true, force: true });
    const response = await call(linkOf(claims(audioJob)));
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ code: 'not_found' });
  });
});
