import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiKey } from '@callsight/auth';
import { JobView, SERVICE_NAMES, ServiceName, SubmissionAccepted, WebhookEndpointCreated } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { AudioServer } from '../support/audio-server';
import { CannedSttServer, toneWav } from '../support/canned-stt-server';
import { TEST_NATS_URL } from '../support/environment';
import { freePort } from '../support/free-port';
import { ServiceProcess } from '../support/service-processes';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

interface KestrelBody {
  event: string;
  data: { call_id: string; recording_url: string | null; duration: number | null };
}

/**
 * Recording URLs across six real processes over NATS JetStream: the webhook service signs on
 * CALLSIGHT_PUBLIC_URL, the gateway checks with the shared secrets key and asks transcription over
 * NATS where the recording is, and serves it from the storage directory they share.
 */
describe('recording URLs with the services as separate processes', () => {
  const namespace = `csrec-${randomBytes(4).toString('hex')}`;
  const dir = mkdtempSync(join(tmpdir(), 'callsight-recordings-e2e-'));
  const recording = toneWav(2);
  let database: TestDatabase;
  let stt: CannedSttServer;
  let audio: AudioServer;
  let receiver: WebhookReceiver;
  let services: ServiceProcess[] = [];
  let api: ApiClient;
  let gatewayUrl: string;

  beforeAll(async () => {
    writeFileSync(join(dir, 'call.wav'), recording);
    database = await createTestDatabase('recordings-e2e');
    [stt, audio, receiver] = await Promise.all([
      CannedSttServer.start(),
      AudioServer.start(dir),
      WebhookReceiver.start(),
    ]);
    const ports = new Map<ServiceName, number>();
    for (const name of SERVICE_NAMES) ports.set(name, await freePort());
    gatewayUrl = `http://127.0.0.1:${ports.get('gateway')}`;
    const apiKey = issueApiKey().key;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      DATABASE_URL: database.url,
      NATS_URL: TEST_NATS_URL,
      CALLSIGHT_NAMESPACE: namespace,
      CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      CALLSIGHT_WEBHOOK_POLL_MS: '200',
      CALLSIGHT_STORAGE_DIR: join(dir, 'storage'),
      CALLSIGHT_SECRETS_KEY: randomBytes(32).toString('base64'),
      CALLSIGHT_PUBLIC_URL: gatewayUrl,
      CALLSIGHT_STT_DEFAULT_ENGINE: 'openai_compatible',
      CALLSIGHT_OPENAI_STT_URL: stt.baseUrl,
      LOG_LEVEL: 'info',
    };
    services = SERVICE_NAMES.map((name) => new ServiceProcess(name, ports.get(name)!, env, namespace));
    for (const service of services) service.start();
    await Promise.all(services.map((service) => service.waitReady()));
    api = new ApiClient(gatewayUrl, apiKey);
    const endpoint = await api.post<WebhookEndpointCreated>('/api/v1/webhooks/endpoints', {
      url: `${receiver.url}/kestrel`,
      format: 'kestrel',
      event_types: ['call.completed'],
    });
    expect(endpoint.status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop('SIGTERM')));
    await Promise.all([stt?.close(), audio?.close(), receiver?.close()]);
    await deleteStream(`${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`);
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The completed job and the Kestrel call.completed delivered for it. */
  const completedWithHook = async (jobId: string): Promise<{ job: JobView; hook: KestrelBody }> => {
    const job = await waitFor(async () => {
      const view = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      if (view.status === 'failed') throw new Error(`job ${jobId} failed`);
      return view.status === 'completed' ? view : undefined;
    }, `job ${jobId} to complete`);
    const hook = receiver.received
      .map((received) => JSON.parse(received.body) as KestrelBody)
      .find((body) => body.data.call_id === job.call_id);
    if (!hook) throw new Error(`no call.completed for ${job.call_id}`);
    return { job, hook };
  };
  const recordingUrlOf = async (jobId: string): Promise<string | null> =>
    (await completedWithHook(jobId)).hook.data.recording_url;

  it('delivers a recording URL on the public URL that serves the fetched audio, whole and by range', async () => {
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/audio', {
      audio_url: audio.url('call.wav'),
      duration_seconds: 30,
    });
    expect(accepted.status).toBe(202);
    const { job, hook } = await completedWithHook(accepted.body.job_id);
    // The 2 s recording as transcription measured it reaches the job and the webhook, over the 30 s sent.
    expect(job).toMatchObject({ duration_seconds: 30, audio_duration_seconds: match.closeTo(2, 2) });
    expect(hook.data.duration).toBe(2);
    const url = hook.data.recording_url;
    expect(url?.startsWith(`${gatewayUrl}/api/v1/recordings/${accepted.body.job_id}?`)).toBe(true);
    const whole = await fetch(url!);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(recording)).toBe(true);
    const part = await fetch(url!, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(recording.subarray(1000, 2000))).toBe(true);
    const tampered = await fetch(
      url!.replace(/expires=(\d+)/, (_, expires: string) => `expires=${Number(expires) + 1}`),
    );
    expect(tampered.status).toBe(403);
  });

  it('delivers null for a transcript-only call', async () => {
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: 'Agent: Hello, how can I help?\nCaller: I would like to book a checkup.',
    });
    expect(await recordingUrlOf(accepted.body.job_id)).toBeNull();
  });
});
