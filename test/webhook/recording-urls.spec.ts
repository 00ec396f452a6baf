import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobView, SubmissionAccepted, WebhookEndpointCreated } from '@callsight/contracts';
import { AudioServer } from '../support/audio-server';
import { CannedSttServer, toneWav } from '../support/canned-stt-server';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

interface KestrelBody {
  event: string;
  data: { call_id: string; recording_url: string | null };
}
interface NativeBody {
  type: string;
  data: { job_id: string; recording_url: string | null };
}

/**
 * A call's recording from submission to the receiver: audio fetched from a URL or uploaded goes
 * through the real pipeline, and the recording URL its webhooks carry serves the very same bytes.
 */
describe('recording URLs in delivered webhooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-recording-urls-'));
  const fetched = toneWav(2.5);
  const uploaded = toneWav(1.5);
  let stt: CannedSttServer;
  let audio: AudioServer;
  let receiver: WebhookReceiver;
  let running: RunningStack;

  beforeAll(async () => {
    writeFileSync(join(dir, 'call.wav'), fetched);
    [stt, audio, receiver] = await Promise.all([
      CannedSttServer.start(),
      AudioServer.start(dir),
      WebhookReceiver.start(),
    ]);
    running = await startInProcessStack('recording-urls', {
      CALLSIGHT_STT_DEFAULT_ENGINE: 'openai_compatible',
      CALLSIGHT_OPENAI_STT_URL: stt.baseUrl,
    });
    for (const [path, format] of [
      ['/kestrel', 'kestrel'],
      ['/native', 'native'],
    ]) {
      const created = await running.api.post<WebhookEndpointCreated>('/api/v1/webhooks/endpoints', {
        url: `${receiver.url}${path}`,
        format,
      });
      expect(created.status).toBe(201);
    }
  });

  afterAll(async () => {
    await running?.stop();
    await Promise.all([stt?.close(), audio?.close(), receiver?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const completed = async (jobId: string): Promise<JobView> => {
    const job = await waitFor(async () => {
      const view = (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return ['completed', 'failed', 'skipped'].includes(view.status) ? view : undefined;
    }, `job ${jobId} to finish`);
    expect(job).toMatchObject({ status: 'completed' });
    return job;
  };
  /** The recording URLs the job's webhooks carried: Kestrel's call.completed and the native job.completed. */
  const deliveredUrls = async (jobId: string) => {
    const { call_id: callId } = await completed(jobId);
    const kestrel = receiver.received
      .filter((hook) => hook.path.endsWith('/kestrel'))
      .map((hook) => JSON.parse(hook.body) as KestrelBody)
      .find((body) => body.event === 'call.completed' && body.data.call_id === callId);
    const native = receiver.received
      .filter((hook) => hook.path.endsWith('/native'))
      .map((hook) => JSON.parse(hook.body) as NativeBody)
      .find((body) => body.type === 'job.completed' && body.data.job_id === jobId);
    expect(kestrel && native).toBeDefined();
    return { kestrel: kestrel!.data.recording_url, native: native!.data.recording_url };
  };
  const storedAudioFiles = () =>
    readdirSync(running.storageDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && !entry.name.endsWith('.json'),
    ).length;

  it('keeps audio fetched from a URL, and its recording URL serves the same bytes, whole and by range', async () => {
    const before = storedAudioFiles();
    const accepted = await running.api.post<SubmissionAccepted>('/api/v1/calls/audio', {
      audio_url: audio.url('call.wav'),
    });
    expect(accepted.status).toBe(202);
    const urls = await deliveredUrls(accepted.body.job_id);
    expect(urls.kestrel).toMatch(
      new RegExp(
        `^${running.stack.url}/api/v1/recordings/${accepted.body.job_id}\\?workspace=ws_[0-9a-z]{26}&expires=\\d+&signature=`,
      ),
    );
    expect(urls.native).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/recordings\//);
    // Fetched once from the audio server, kept once in storage.
    expect(audio.requests.filter((path) => path === '/call.wav')).toHaveLength(1);
    expect(storedAudioFiles()).toBe(before + 1);

    const whole = await fetch(urls.kestrel!);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await whole.arrayBuffer()).equals(fetched)).toBe(true);
    const part = await fetch(urls.kestrel!, { headers: { range: 'bytes=44-1043' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 44-1043/${fetched.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(fetched.subarray(44, 1044))).toBe(true);
    expect(Buffer.from(await (await fetch(urls.native!)).arrayBuffer()).equals(fetched)).toBe(true);
  });

  it('serves an uploaded call from where the upload was stored, keeping no second copy', async () => {
    const form = new FormData();
    form.append('file', new Blob([uploaded], { type: 'audio/wav' }), 'call.wav');
    const accepted = await running.api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', { form });
    expect(accepted.status).toBe(202);
    const before = storedAudioFiles();
    const urls = await deliveredUrls(accepted.body.job_id);
    expect(storedAudioFiles()).toBe(before);
    const response = await fetch(urls.kestrel!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(uploaded)).toBe(true);
  });

  it('signs the recording URL anew when the results are redelivered, so a late redelivery does not carry an expired one', async () => {
    const form = new FormData();
    form.append('file', new Blob([uploaded], { type: 'audio/wav' }), 'call.wav');
    const accepted = await running.api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', { form });
    const jobId = accepted.body.job_id;
    const first = await deliveredUrls(jobId);
    const expiresOf = (url: string) => Number(new URL(url).searchParams.get('expires'));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const kestrelCount = receiver.received.filter((hook) => hook.path.endsWith('/kestrel')).length;
    expect((await running.api.post(`/api/v1/jobs/${jobId}/retry`, { mode: 'redeliver' })).status).toBe(202);
    const again = await waitFor(() => {
      const bodies = receiver.received
        .filter((hook) => hook.path.endsWith('/kestrel'))
        .slice(kestrelCount)
        .map((hook) => JSON.parse(hook.body) as KestrelBody & { timestamp: string });
      return bodies.find((body) => body.event === 'call.completed');
    }, 'the redelivered call.completed');
    expect(expiresOf(again.data.recording_url!)).toBeGreaterThan(expiresOf(first.kestrel!));
    expect(again.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const response = await fetch(again.data.recording_url!);
    expect(Buffer.from(await response.arrayBuffer()).equals(uploaded)).toBe(true);
  });

  it('sends a null recording URL for a transcript-only call', async () => {
    const accepted = await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: 'Agent: Hello, how can I help?\nCaller: I would like to book a checkup.',
    });
    expect(await deliveredUrls(accepted.body.job_id)).toEqual({ kestrel: null, native: null });
  });
});
