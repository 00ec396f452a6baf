import {
  EventEnvelope,
  EventType,
  EventTypes,
  JobLogEntry,
  JobRef,
  WebhookAttemptFailedEvent,
} from '@callsight/contracts';
import { createEvent, EventConsumers } from '@callsight/messaging';
import { JobProgressService } from '../../apps/ingestion/src/jobs/job-progress.service';
import { JobQueriesService } from '../../apps/ingestion/src/jobs/job-queries.service';
import { IngestionServices, startIngestionServices } from '../support/ingestion-services';

const context = { workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r', requestId: 'req_test' };

/** How ingestion takes webhook.attempt_failed: once, and never over a job that has moved on. */
describe('failed delivery attempts in the job log (ingestion, PostgreSQL)', () => {
  let services: IngestionServices;
  let consumers: EventConsumers;
  let progress: JobProgressService;
  let queries: JobQueriesService;
  let submissions: IngestionServices['submissions'];

  beforeAll(async () => {
    services = await startIngestionServices('attempt_log');
    ({ consumers, progress, queries, submissions } = services);
  });

  afterAll(() => services?.close());

  /** A job that has got as far as delivering, and the reference the stage events carry. */
  const delivering = async (): Promise<JobRef> => {
    const { accepted } = await submissions.submit(context, { source: 'transcript', transcript: 'A: hi' });
    const ref = { jobId: accepted.job_id, callId: accepted.call_id, attempt: 1 } as JobRef;
    for (const type of [
      EventTypes.transcriptionStarted,
      EventTypes.transcriptionCompleted,
      EventTypes.scoringCompleted,
    ])
      await stage(type, ref);
    return ref;
  };

  const stage = (type: EventType, job: JobRef) =>
    consumers.applyOnce('ingestion-test', createEvent(type, context.workspaceId, { job }), delivery, (event, manager) =>
      progress.applyStageEvent(event, manager),
    );

  const delivery = { attempt: 1, isLastAttempt: false };
  const attemptFailed = (job: JobRef, attempt: number): EventEnvelope<WebhookAttemptFailedEvent> =>
    createEvent<WebhookAttemptFailedEvent>(EventTypes.webhookAttemptFailed, context.workspaceId, {
      job,
      deliveryId: 'dlv_01jd5f3k1q8m2x7c9v4b6n0p3r',
      url: 'https://hooks.example.com/callsight?token=secret',
      attempt,
      maxAttempts: 8,
      reason: 'endpoint answered 502',
      responseStatus: 502,
      nextAttemptAt: '2026-03-07T14:30:05.000Z',
    });
  const record = (event: EventEnvelope<WebhookAttemptFailedEvent>) =>
    consumers.applyOnce('ingestion-attempts-test', event, delivery, (incoming, manager) =>
      progress.recordDeliveryAttempt(incoming as EventEnvelope<WebhookAttemptFailedEvent>, manager),
    );
  const attemptLines = async (jobId: string): Promise<JobLogEntry[]> =>
    (await queries.logs(context, jobId)).data.filter((line) => line.event === EventTypes.webhookAttemptFailed);

  it('logs the attempt once and shows it as the reason the job is still delivering', async () => {
    const job = await delivering();
    const event = attemptFailed(job, 1);
    expect(await record(event)).toBe(true);
    expect(await record(event)).toBe(false);
    const expected =
      'webhook attempt 1 of 8 to https://hooks.example.com/callsight failed: endpoint answered 502; ' +
      'next attempt at 2026-03-07T14:30:05.000Z';
    expect(await queries.get(context, job.jobId)).toMatchObject({ status: 'delivering', status_reason: expected });
    expect(await attemptLines(job.jobId)).toEqual([
      expect.objectContaining({ from_status: 'delivering', to_status: null, message: expected }),
    ]);
  });

  it('clears the reason when the delivery then succeeds', async () => {
    const job = await delivering();
    await record(attemptFailed(job, 1));
    await stage(EventTypes.webhookDelivered, job);
    expect(await queries.get(context, job.jobId)).toMatchObject({ status: 'completed', status_reason: null });
  });

  it('only logs an attempt that arrives after the job was delivered, leaving the job as it is', async () => {
    const job = await delivering();
    await stage(EventTypes.webhookDelivered, job);
    await record(attemptFailed(job, 1));
    expect(await queries.get(context, job.jobId)).toMatchObject({ status: 'completed', status_reason: null });
    const [line] = await attemptLines(job.jobId);
    expect(line.message).toMatch(
      /endpoint answered 502; next attempt at .* \(no status change: job already completed\)$/,
    );
  });
});
