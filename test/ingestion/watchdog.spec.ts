import { Client } from 'pg';
import type { JobLogs, JobView, SubmissionAccepted, TranscriptRedaction, TranscriptView } from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { StageWatchdog, WatchdogSettings } from '../../apps/ingestion/src/housekeeping/stage-watchdog';
import { IngestionServices, startIngestionServices } from '../support/ingestion-services';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { payloadOf, WebhookReceiver } from '../support/webhook-receiver';

const TRANSCRIPT = 'Rep: Thanks for joining the demo today.\nCustomer: Happy to be here.';

/** A job is "silent" here only when its last change is backdated past these; normal jobs never are. */
const HOUR = 3600;

/** A call and a queued job written straight to ingestion's tables with no event: job.created was lost. */
async function insertLostJob(
  db: Client,
  workspaceId: string,
  silentSeconds: number,
  kept: { transcript: string; format: string | null; redaction: TranscriptRedaction | null } = {
    transcript: TRANSCRIPT,
    format: null,
    redaction: null,
  },
): Promise<string> {
  const callId = newId('call');
  const jobId = newId('job');
  await db.query(
    `INSERT INTO ingestion.calls (id, workspace_id, source, metadata, transcript, transcript_format, transcript_redaction, created_at)
     VALUES ($1, $2, 'transcript', '{}', $3, $4, $5, now())`,
    [callId, workspaceId, kept.transcript, kept.format, kept.redaction && JSON.stringify(kept.redaction)],
  );
  await db.query(
    `INSERT INTO ingestion.jobs (id, workspace_id, call_id, status, attempt, queued_at, attempt_started_at, created_at, updated_at)
     VALUES ($1, $2, $3, 'queued', 1, now(), now(), now(), now() - make_interval(secs => $4))`,
    [jobId, workspaceId, callId, silentSeconds],
  );
  return jobId;
}

describe('stage watchdog on the in-process stack', () => {
  let running: RunningStack;
  let db: Client;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    running = await startInProcessStack('watchdog', {
      CALLSIGHT_JOB_SWEEP_INTERVAL_MS: '100',
      CALLSIGHT_WATCHDOG_QUEUED_SECONDS: String(HOUR),
      CALLSIGHT_WATCHDOG_TRANSCRIBING_FLOOR_SECONDS: String(HOUR),
      CALLSIGHT_WATCHDOG_ANALYZING_SECONDS: String(HOUR),
      CALLSIGHT_WATCHDOG_DELIVERING_SECONDS: String(HOUR),
    });
    db = new Client({ connectionString: running.database.url });
    await db.connect();
    receiver = await WebhookReceiver.start();
    await running.api.patch(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, { url: receiver.url });
  });

  afterAll(async () => {
    await db?.end();
    await receiver?.close();
    await running?.stop();
  });

  const jobOf = async (jobId: string) => (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
  const completed = (jobId: string) =>
    waitFor(async () => (await jobOf(jobId)).status === 'completed', `job ${jobId} to complete`);
  const watchdogLines = async (jobId: string) =>
    (await running.api.get<JobLogs>(`/api/v1/jobs/${jobId}/logs`)).body.data.filter((line) =>
      line.message?.startsWith('watchdog:'),
    );
  const count = async (table: string, jobId: string) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE job_id = $1`, [jobId])).rows[0].n;

  it('re-drives a job whose job.created never reached transcription, and the job completes', async () => {
    const jobId = await insertLostJob(db, running.workspaceId, 2 * HOUR);
    await completed(jobId);
    const [line, ...more] = await watchdogLines(jobId);
    expect(more).toHaveLength(0);
    expect(line.message).toMatch(/^watchdog: re-drove queued \(job\.created\) after \d+ s without progress/);
    expect(await count('transcription.transcripts', jobId)).toBe(1);
  });

  it('re-drives a transcript redacted at submission as it was kept: stored as is, with its format and counts', async () => {
    const redaction: TranscriptRedaction = {
      entities: ['phone'],
      counts: { phone: 1, email: 0, card: 0, ssn: 0 },
    };
    const segments = [
      { speaker: 'Rep', text: 'Can I get a callback number?', start: null, end: null },
      { speaker: 'Customer', text: 'Sure, it is [PHONE].', start: null, end: null },
    ];
    const jobId = await insertLostJob(db, running.workspaceId, 2 * HOUR, {
      transcript: JSON.stringify(segments),
      format: 'speaker_lines',
      redaction,
    });
    await completed(jobId);
    expect(await watchdogLines(jobId)).toHaveLength(1);
    const transcript = (await running.api.get<TranscriptView>(`/api/v1/jobs/${jobId}/transcript`)).body;
    expect(transcript).toMatchObject({ format: 'speaker_lines', redaction, segments });
  });

  it('never re-drives a job that completes normally', async () => {
    const { job_id } = (
      await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: TRANSCRIPT })
    ).body;
    await completed(job_id);
    // A lost job submitted after it is re-driven, so the watchdog has swept past the normal one meanwhile.
    await completed(await insertLostJob(db, running.workspaceId, 2 * HOUR));
    expect(await watchdogLines(job_id)).toEqual([]);
  });

  it('re-driving a job whose transcription had completed makes no second transcript, runs or delivery', async () => {
    const { job_id } = (
      await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: TRANSCRIPT })
    ).body;
    await completed(job_id);
    await waitFor(() => receiver.received.some((hook) => payloadOf(hook).data.job_id === job_id), 'the delivery');
    const runs = await count('scoring.algorithm_runs', job_id);
    expect(runs).toBeGreaterThan(0);
    // The events after transcription.started were lost: the job still says transcribing, silent for hours.
    await db.query(
      `UPDATE ingestion.jobs SET status = 'transcribing', analyzing_at = NULL, delivering_at = NULL, completed_at = NULL,
              updated_at = now() - interval '2 hours' WHERE id = $1`,
      [job_id],
    );
    await completed(job_id);
    expect((await watchdogLines(job_id)).map((line) => line.message)).toEqual([
      expect.stringMatching(/^watchdog: re-drove transcribing \(job\.created\)/),
    ]);
    expect(await count('transcription.transcripts', job_id)).toBe(1);
    expect(await count('scoring.algorithm_runs', job_id)).toBe(runs);
    expect(await count('webhook.deliveries', job_id)).toBe(1);
  });
});

describe('stage watchdog when re-driving does not help (ingestion alone, nothing consumes its events)', () => {
  let services: IngestionServices;
  let watchdog: StageWatchdog;
  const workspaceId = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';
  const settings: WatchdogSettings = {
    queuedSeconds: 60,
    transcribingFloorSeconds: 60,
    transcribingSecondsPerAudioSecond: 0,
    analyzingSeconds: 60,
    deliveringSeconds: 60,
    maxRedrives: 3,
  };

  beforeAll(async () => {
    services = await startIngestionServices('watchdog');
    watchdog = new StageWatchdog(services.dataSource, services.outbox);
  });

  afterAll(() => services?.close());

  /** Time passing, without waiting: the job's last change moves into the past. */
  const silenceFor = (jobId: string, seconds: number) =>
    services.dataSource.query(`UPDATE jobs SET updated_at = now() - make_interval(secs => $2) WHERE id = $1`, [
      jobId,
      seconds,
    ]);
  const jobRow = async (jobId: string) =>
    (
      await services.dataSource.query<
        Array<{ status: string; status_reason: string | null; watchdog_redrives: number }>
      >('SELECT status, status_reason, watchdog_redrives FROM jobs WHERE id = $1', [jobId])
    )[0];
  const redriveEvents = async (jobId: string) =>
    (
      await services.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM outbox WHERE type = 'job.created' AND envelope->'data'->'job'->>'jobId' = $1`,
        [jobId],
      )
    )[0].n;

  it('waits twice as long after each re-drive, then fails the job naming the stage', async () => {
    const { accepted } = await services.submissions.submit(
      { workspaceId, requestId: 'req_test' },
      { source: 'transcript', transcript: TRANSCRIPT },
    );
    const jobId = accepted.job_id;
    expect(await redriveEvents(jobId)).toBe(1);
    for (const [redrive, wait] of [
      [1, 61],
      [2, 121],
      [3, 241],
    ]) {
      await silenceFor(jobId, wait - 2);
      await watchdog.check(settings);
      expect((await jobRow(jobId)).watchdog_redrives).toBe(redrive - 1);
      await silenceFor(jobId, wait);
      await watchdog.check(settings);
      expect((await jobRow(jobId)).watchdog_redrives).toBe(redrive);
      expect(await redriveEvents(jobId)).toBe(1 + redrive);
    }
    await silenceFor(jobId, 481);
    await watchdog.check(settings);
    const failed = await jobRow(jobId);
    expect(failed.status).toBe('failed');
    expect(failed.status_reason).toMatch(/^watchdog: stuck in queued, .*re-driving it 3 time/);
    expect(await redriveEvents(jobId)).toBe(4);
  });

  it('lets only one replica re-drive a job at a time', async () => {
    const { accepted } = await services.submissions.submit(
      { workspaceId, requestId: 'req_test' },
      { source: 'transcript', transcript: TRANSCRIPT },
    );
    await silenceFor(accepted.job_id, 61);
    const outcomes = await Promise.all([watchdog.check(settings), watchdog.check(settings), watchdog.check(settings)]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.redriven, 0)).toBe(1);
    expect(await redriveEvents(accepted.job_id)).toBe(2);
  });
});
