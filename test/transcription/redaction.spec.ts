import { Client } from 'pg';
import type { JobView, SubmissionAccepted, TranscriptView } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { payloadOf, WebhookReceiver } from '../support/webhook-receiver';

/** A dental front desk call with one of each kind of personal data, spoken and written. */
const TRANSCRIPT = [
  'Agent: Bright Smile Dental, this is Kim, how can I help?',
  'Customer: hi I need to move my cleaning my number is four one five five five five zero one three two',
  'Agent: Sure. What email should the confirmation go to?',
  'Customer: pat.lee@example.com please',
  'Agent: And for the deposit, the card number?',
  'Customer: 4111 1111 1111 1111',
  'Agent: Last thing, your social for the insurance claim.',
  'Customer: my social is 219-09-9999',
  'Agent: Perfect, you are booked for two thirty on Friday. The copay is $25.',
].join('\n');
/** What must not survive anywhere; the mailbox's domain may show in a masked preview, so it is checked separately. */
const RAW = ['four one five five five five', 'pat.lee', '4111', '219-09-9999'];

describe('PII redaction before a transcript is stored', () => {
  let running: RunningStack;
  let receiver: WebhookReceiver;
  let db: Client;
  let plain: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('redaction');
    receiver = await WebhookReceiver.start();
    await running.api.patch(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, { url: receiver.url });
    db = new Client({ connectionString: running.database.url });
    await db.connect();
    const saved = await running.api.patch(`/api/v1/config/workspaces/${running.workspaceId}/algorithms`, {
      redaction: { enabled: true, entities: ['phone', 'email', 'card', 'ssn'] },
    });
    expect(saved.status).toBe(200);
    const other = await running.workspaces.createWorkspace('no-redaction');
    plain = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(other.id, 'plain')).key);
  });

  afterAll(async () => {
    await db?.end();
    await receiver?.close();
    await running?.stop();
  });

  const completed = async (api: ApiClient) => {
    const { job_id } = (await api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: TRANSCRIPT }))
      .body;
    await waitFor(async () => {
      const job = (await api.get<JobView>(`/api/v1/jobs/${job_id}`)).body;
      return ['completed', 'failed'].includes(job.status) ? job : undefined;
    }, `job ${job_id} to finish`);
    return job_id;
  };

  it('stores, serves, announces, analyses and delivers the redacted transcript only', async () => {
    const jobId = await completed(running.api);

    const transcript = (await running.api.get<TranscriptView>(`/api/v1/jobs/${jobId}/transcript`)).body;
    expect(transcript.redaction).toEqual({
      entities: ['phone', 'email', 'card', 'ssn'],
      counts: { phone: 1, email: 1, card: 1, ssn: 1 },
    });
    expect(transcript.segments.map((segment) => segment.text).slice(1, 8)).toEqual([
      'hi I need to move my cleaning my number is [PHONE]',
      'Sure. What email should the confirmation go to?',
      '[EMAIL] please',
      'And for the deposit, the card number?',
      '[CARD]',
      'Last thing, your social for the insurance claim.',
      'my social is [SSN]',
    ]);
    expect(transcript.text).toContain('two thirty on Friday. The copay is $25.');
    expect(transcript.format).toBe('speaker_lines');

    const stored = await db.query<{ text: string; segments: unknown; redaction: unknown }>(
      'SELECT text, segments, redaction FROM transcription.transcripts WHERE job_id = $1',
      [jobId],
    );
    const announced = await db.query<{ envelope: { data: { redaction: unknown } } }>(
      `SELECT envelope FROM transcription.outbox WHERE type = 'transcription.completed' AND envelope->'data'->'job'->>'jobId' = $1`,
      [jobId],
    );
    expect(announced.rows).toHaveLength(1);
    expect(announced.rows[0].envelope.data.redaction).toEqual(transcript.redaction);
    // Redacted at submission: the raw text is neither kept for requeues nor put on the bus.
    const kept = await db.query<{ transcript: string }>(
      'SELECT c.transcript FROM ingestion.calls c JOIN ingestion.jobs j ON j.call_id = c.id WHERE j.id = $1',
      [jobId],
    );
    const created = await db.query<{ envelope: unknown }>(
      `SELECT envelope FROM ingestion.outbox WHERE type = 'job.created' AND envelope->'data'->'job'->>'jobId' = $1`,
      [jobId],
    );
    expect(created.rows).toHaveLength(1);

    const delivered = await waitFor(
      () => receiver.received.find((hook) => payloadOf(hook).data.job_id === jobId),
      `the webhook for ${jobId}`,
    );
    const results = payloadOf(delivered).data.results as Array<{ algorithm_id: string; output: unknown }>;
    expect(results.find((run) => run.algorithm_id === 'pii')?.output).toMatchObject({
      redacted: true,
      counts: { phone: 1, email: 1, card: 1, ssn: 1 },
    });

    for (const text of [
      JSON.stringify(transcript),
      JSON.stringify(stored.rows),
      JSON.stringify(announced.rows),
      JSON.stringify(kept.rows),
      JSON.stringify(created.rows),
      delivered.body,
    ]) {
      expect(text).toContain('[PHONE]');
      for (const raw of [...RAW, 'example.com']) expect(text).not.toContain(raw);
    }
  });

  it('reports the same redaction when a requeue transcribes the kept, already redacted transcript again', async () => {
    const jobId = await completed(running.api);
    const first = (await running.api.get<TranscriptView>(`/api/v1/jobs/${jobId}/transcript`)).body;
    const retried = await running.api.post<JobView>(`/api/v1/jobs/${jobId}/retry`, { mode: 'requeue' });
    expect(retried.status).toBe(202);
    await waitFor(async () => {
      const job = (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return job.attempt === 2 && job.status === 'completed' ? job : undefined;
    }, `the requeued ${jobId} to complete`);
    const again = (await running.api.get<TranscriptView>(`/api/v1/jobs/${jobId}/transcript`)).body;
    expect(again.transcript_id).not.toBe(first.transcript_id);
    expect(again).toMatchObject({ format: 'speaker_lines', redaction: first.redaction, segments: first.segments });
  });

  it('leaves the transcript of a workspace that does not redact as it was said, and reports it masked', async () => {
    const jobId = await completed(plain);
    const transcript = (await plain.get<TranscriptView>(`/api/v1/jobs/${jobId}/transcript`)).body;
    expect(transcript.redaction).toBeNull();
    expect(transcript.text).toContain('pat.lee@example.com');
    const runs = (
      await plain.get<{ data: Array<{ algorithm_id: string; output: unknown }> }>(`/api/v1/jobs/${jobId}/runs`)
    ).body.data;
    const output = runs.find((run) => run.algorithm_id === 'pii')?.output;
    expect(output).toMatchObject({ redacted: false, counts: { phone: 1, email: 1, card: 1, ssn: 1 } });
    expect(JSON.stringify(output)).toContain('***-***-0132');
    for (const raw of RAW) expect(JSON.stringify(output)).not.toContain(raw);
  });
});
