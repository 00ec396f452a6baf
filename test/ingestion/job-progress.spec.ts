import { DataSource } from 'typeorm';
import { EventEnvelope, EventType, EventTypes, JobRef } from '@callsight/contracts';
import { createEvent, EventConsumers, Outbox } from '@callsight/messaging';
import { JobProgressService } from '../../apps/ingestion/src/jobs/job-progress.service';
import { JobQueriesService } from '../../apps/ingestion/src/jobs/job-queries.service';
import { JobRetriesService } from '../../apps/ingestion/src/jobs/job-retries.service';
import { IngestionServices, startIngestionServices } from '../support/ingestion-services';

const context = { workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r', requestId: 'req_test' };

describe('job progress in the ingestion service (PostgreSQL)', () => {
  let services: IngestionServices;
  let dataSource: DataSource;
  let outbox: Outbox;
  let consumers: EventConsumers;
  let progress: JobProgressService;
  let queries: JobQueriesService;
  let submissions: IngestionServices['submissions'];

  beforeAll(async () => {
    services = await startIngestionServices('jobs');
    ({ dataSource, outbox, consumers, progress, queries, submissions } = services);
  });

  afterAll(() => services?.close());

  const submit = async (): Promise<JobRef> => {
    const { accepted } = await submissions.submit(context, { source: 'transcript', transcript: 'A: hi' });
    const [row] = await dataSource.query<Array<{ created_at: Date }>>('SELECT created_at FROM jobs WHERE id = $1', [
      accepted.job_id,
    ]);
    return {
      jobId: accepted.job_id,
      callId: accepted.call_id,
      sourceCallId: null,
      sourceCompanyId: null,
      title: null,
      callDate: null,
      durationSeconds: null,
      metadata: {},
      webhookUrl: null,
      createdAt: row.created_at.toISOString(),
      attempt: 1,
      algorithmIds: null,
      titleSource: null,
      repName: null,
      repEmail: null,
      language: null,
      direction: null,
      fromNumber: null,
      toNumber: null,
      configVersion: null,
    };
  };

  const stageEvent = (type: EventType, job: JobRef, data: Record<string, unknown> = {}): EventEnvelope =>
    createEvent(type, context.workspaceId, { job, ...data });

  const apply = (event: EventEnvelope) =>
    consumers.applyOnce('ingestion-test', event, { attempt: 1, isLastAttempt: false }, (incoming, manager) =>
      progress.applyStageEvent(incoming, manager),
    );

  const emitted = async (jobId: string): Promise<string[]> =>
    (
      await dataSource.query<Array<{ type: string }>>(
        "SELECT type FROM outbox WHERE envelope->'data'->'job'->>'jobId' = $1 ORDER BY created_at, id",
        [jobId],
      )
    ).map((row) => row.type);

  it('records the submission with its event in the outbox, in one transaction', async () => {
    const job = await submit();
    const view = await queries.get(context, job.jobId);
    expect(view.status).toBe('queued');
    expect(await emitted(job.jobId)).toEqual([EventTypes.jobCreated]);
  });

  it('moves forward through the stages and announces completion once', async () => {
    const job = await submit();
    for (const type of [
      EventTypes.transcriptionStarted,
      EventTypes.transcriptionCompleted,
      EventTypes.scoringCompleted,
      EventTypes.webhookDelivered,
    ])
      await apply(stageEvent(type, job));
    const view = await queries.get(context, job.jobId);
    expect(view.status).toBe('completed');
    expect(Object.values(view.stages).filter(Boolean)).toHaveLength(5);
    expect(await emitted(job.jobId)).toEqual([EventTypes.jobCreated, EventTypes.jobCompleted]);
  });

  it('handles stage events that arrive out of order without moving backwards, and still records every stage', async () => {
    const job = await submit();
    await apply(stageEvent(EventTypes.transcriptionCompleted, job));
    await apply(stageEvent(EventTypes.transcriptionStarted, job));
    const view = await queries.get(context, job.jobId);
    expect(view.status).toBe('analyzing');
    expect(view.stages.transcribing_at).not.toBeNull();
    const log = await dataSource.query<Array<{ event_type: string }>>(
      'SELECT event_type, from_status, to_status FROM job_events WHERE job_id = $1 ORDER BY at, id',
      [job.jobId],
    );
    expect(log.map((line) => line.event_type)).toEqual([
      EventTypes.jobCreated,
      EventTypes.transcriptionCompleted,
      EventTypes.transcriptionStarted,
    ]);
  });

  it('ignores a redelivered event', async () => {
    const job = await submit();
    const started = stageEvent(EventTypes.transcriptionStarted, job);
    expect(await apply(started)).toBe(true);
    expect(await apply(started)).toBe(false);
    const log = await dataSource.query<Array<{ n: number }>>(
      'SELECT count(*)::int AS n FROM job_events WHERE job_id = $1',
      [job.jobId],
    );
    expect(log[0].n).toBe(2);
  });

  it('fails a job with the stage reason and never revives it', async () => {
    const job = await submit();
    await apply(
      stageEvent(EventTypes.transcriptionFailed, job, {
        code: 'empty_transcript',
        reason: 'the transcript has no words',
      }),
    );
    await apply(stageEvent(EventTypes.scoringCompleted, job));
    const view = await queries.get(context, job.jobId);
    expect(view.status).toBe('failed');
    expect(view.status_reason).toBe('transcription failed (empty_transcript): the transcript has no words');
    expect(await emitted(job.jobId)).toEqual([EventTypes.jobCreated, EventTypes.jobFailed]);
  });

  const jobRefsIn = async (jobId: string, type: string): Promise<JobRef[]> =>
    (
      await dataSource.query<Array<{ job: JobRef }>>(
        "SELECT envelope->'data'->'job' AS job FROM outbox WHERE envelope->'data'->'job'->>'jobId' = $1 AND type = $2 ORDER BY created_at, id",
        [jobId, type],
      )
    ).map((row) => row.job);

  it('keeps the measured length of the recording from transcription.completed, and every later job event carries it', async () => {
    const job = await submit();
    await apply(stageEvent(EventTypes.transcriptionStarted, job));
    expect((await queries.get(context, job.jobId)).audio_duration_seconds).toBeNull();
    await apply(stageEvent(EventTypes.transcriptionCompleted, { ...job, audioSeconds: 12.345 }));
    expect((await queries.get(context, job.jobId)).audio_duration_seconds).toBe(12.345);
    // Refs copied forward from before the measurement (events from before the field): the row still wins.
    await apply(stageEvent(EventTypes.scoringCompleted, job));
    await apply(stageEvent(EventTypes.webhookDelivered, job));
    expect(await jobRefsIn(job.jobId, EventTypes.jobCompleted)).toEqual([
      expect.objectContaining({ jobId: job.jobId, audioSeconds: 12.345, durationSeconds: null }),
    ]);
    const retries = new JobRetriesService(dataSource, outbox, queries);
    const view = await retries.retry(context, { jobId: job.jobId, mode: 'redeliver' });
    expect(view.audio_duration_seconds).toBe(12.345);
    expect(await jobRefsIn(job.jobId, EventTypes.jobRedeliveryRequested)).toEqual([
      expect.objectContaining({ attempt: 2, audioSeconds: 12.345 }),
    ]);
    // The first attempt's transcription again, after the retry: stale, so it changes nothing.
    await apply(stageEvent(EventTypes.transcriptionCompleted, { ...job, audioSeconds: 99 }));
    expect((await queries.get(context, job.jobId)).audio_duration_seconds).toBe(12.345);
  });

  it('stores null when transcription measured nothing, and job.failed says so', async () => {
    const job = await submit();
    await apply(stageEvent(EventTypes.transcriptionCompleted, { ...job, audioSeconds: null }));
    await apply(stageEvent(EventTypes.scoringFailed, job, { code: 'scoring_error', reason: 'boom' }));
    expect((await queries.get(context, job.jobId)).audio_duration_seconds).toBeNull();
    expect(await jobRefsIn(job.jobId, EventTypes.jobFailed)).toEqual([expect.objectContaining({ audioSeconds: null })]);
  });

  it('fails jobs pending past the timeout with a clear reason', async () => {
    const job = await submit();
    await dataSource.query(
      "UPDATE jobs SET queued_at = now() - interval '2 hours', attempt_started_at = now() - interval '2 hours' WHERE id = $1",
      [job.jobId],
    );
    expect(await progress.failTimedOut(3600)).toBeGreaterThanOrEqual(1);
    const view = await queries.get(context, job.jobId);
    expect(view.status).toBe('failed');
    expect(view.status_reason).toBe('timed out: still queued 3600 s after attempt 1 started');
    expect(await progress.failTimedOut(3600)).toBe(0);
  });

  it('leaves a delivering job to the webhook retry schedule, past the job timeout', async () => {
    const job = await submit();
    for (const type of [
      EventTypes.transcriptionStarted,
      EventTypes.transcriptionCompleted,
      EventTypes.scoringCompleted,
    ])
      await apply(stageEvent(type, job));
    await dataSource.query("UPDATE jobs SET attempt_started_at = now() - interval '5 hours' WHERE id = $1", [
      job.jobId,
    ]);
    await progress.failTimedOut(3600);
    expect((await queries.get(context, job.jobId)).status).toBe('delivering');
  });

  it('counts the timeout from the start of the current attempt, so rerunning an old job does not time it out', async () => {
    const job = await submit();
    for (const type of [
      EventTypes.transcriptionStarted,
      EventTypes.transcriptionCompleted,
      EventTypes.scoringCompleted,
      EventTypes.webhookDelivered,
    ])
      await apply(stageEvent(type, job));
    await dataSource.query(
      "UPDATE jobs SET queued_at = now() - interval '1 day', attempt_started_at = now() - interval '1 day', created_at = now() - interval '1 day' WHERE id = $1",
      [job.jobId],
    );
    const retries = new JobRetriesService(dataSource, outbox, queries);
    await retries.retry(context, { jobId: job.jobId, mode: 'rerun' });
    await progress.failTimedOut(3600);
    expect((await queries.get(context, job.jobId)).status).toBe('analyzing');
    await dataSource.query("UPDATE jobs SET attempt_started_at = now() - interval '2 hours' WHERE id = $1", [
      job.jobId,
    ]);
    await progress.failTimedOut(3600);
    expect((await queries.get(context, job.jobId)).status_reason).toBe(
      'timed out: still analyzing 3600 s after attempt 2 started',
    );
  });

  it('forgets Idempotency-Keys past their lifetime, and only those', async () => {
    const old = await submissions.submit(context, {
      source: 'transcript',
      transcript: 'A: hi',
      idempotency_key: `old-${Date.now()}`,
      request_hash: 'h',
    });
    const fresh = await submissions.submit(context, {
      source: 'transcript',
      transcript: 'A: hi',
      idempotency_key: `fresh-${Date.now()}`,
      request_hash: 'h',
    });
    await dataSource.query(
      "UPDATE idempotency_keys SET created_at = now() - interval '2 days' WHERE response->>'job_id' = $1",
      [old.accepted.job_id],
    );
    expect(await submissions.forgetIdempotencyKeys(24 * 3600)).toBe(1);
    const left = await dataSource.query<Array<{ job_id: string }>>(
      "SELECT response->>'job_id' AS job_id FROM idempotency_keys",
    );
    expect(left.map((row) => row.job_id)).toEqual([fresh.accepted.job_id]);
    expect(await submissions.forgetIdempotencyKeys(24 * 3600)).toBe(0);
  });

  it('does not show a job to another workspace', async () => {
    const job = await submit();
    await expect(
      queries.get({ ...context, workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3s' }, job.jobId),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
