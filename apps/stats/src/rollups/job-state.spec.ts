import { EventEnvelope, EventType, EventTypes, JobRef } from '@callsight/contracts';
import { JobState, nextJobState, rollupDelta } from './job-state';

const job = (attempt = 1): JobRef => ({
  jobId: 'job_1',
  callId: 'call_1',
  sourceCallId: null,
  sourceCompanyId: null,
  title: null,
  callDate: null,
  durationSeconds: 95,
  metadata: {},
  webhookUrl: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  attempt,
  algorithmIds: null,
  titleSource: null,
  repName: null,
  repEmail: null,
  language: null,
  direction: null,
  fromNumber: null,
  toNumber: null,
  configVersion: null,
});
const event = (type: EventType, attempt = 1, extra: Record<string, unknown> = {}): EventEnvelope => ({
  id: 'evt_1',
  type,
  workspaceId: 'ws_1',
  occurredAt: '2026-01-01T10:00:05.000Z',
  data: { job: job(attempt), ...extra },
});

describe('stats job state', () => {
  it('counts a new job once, whichever event reveals it first', () => {
    const created = nextJobState(null, event(EventTypes.jobCreated)) as JobState;
    expect(rollupDelta(null, created)).toEqual({
      created: 1,
      completed: 0,
      failed: 0,
      skipped: 0,
      processing_ms_sum: 0,
    });
    expect(nextJobState(created, event(EventTypes.jobCreated))).toEqual(created);
    const completedFirst = nextJobState(
      null,
      event(EventTypes.jobCompleted, 1, { completedAt: '2026-01-01T10:00:02.500Z' }),
    ) as JobState;
    expect(rollupDelta(null, completedFirst)).toEqual({
      created: 1,
      completed: 1,
      failed: 0,
      skipped: 0,
      processing_ms_sum: 2500,
    });
  });

  it('moves a retried job from failed back to in progress, then to completed', () => {
    const failed: JobState = { attempt: 1, status: 'failed', processingMs: 0 };
    const requeued = nextJobState(failed, event(EventTypes.jobRequeued, 2)) as JobState;
    expect(rollupDelta(failed, requeued)).toEqual({
      created: 0,
      completed: 0,
      failed: -1,
      skipped: 0,
      processing_ms_sum: 0,
    });
    const completed = nextJobState(
      requeued,
      event(EventTypes.jobCompleted, 2, { completedAt: '2026-01-01T10:01:00.000Z' }),
    ) as JobState;
    expect(rollupDelta(requeued, completed)).toEqual({
      created: 0,
      completed: 1,
      failed: 0,
      skipped: 0,
      processing_ms_sum: 60_000,
    });
  });

  it('keeps an attempt counted as finished when its retry request arrives after its outcome', () => {
    const completed = nextJobState(
      { attempt: 1, status: 'failed', processingMs: 0 },
      event(EventTypes.jobCompleted, 2, { completedAt: '2026-01-01T10:01:00.000Z' }),
    ) as JobState;
    expect(completed).toMatchObject({ attempt: 2, status: 'completed' });
    for (const type of [EventTypes.jobRequeued, EventTypes.jobRerunRequested, EventTypes.jobRedeliveryRequested])
      expect(nextJobState(completed, event(type, 2))).toBeNull();
  });

  it('ignores news of an attempt older than the one it knows', () => {
    expect(
      nextJobState({ attempt: 2, status: 'in_progress', processingMs: 0 }, event(EventTypes.jobFailed, 1)),
    ).toBeNull();
  });

  it('takes back the processing time of a completion that is retried', () => {
    const completed: JobState = { attempt: 1, status: 'completed', processingMs: 4000 };
    expect(rollupDelta(completed, { attempt: 2, status: 'in_progress', processingMs: 0 })).toEqual({
      created: 0,
      completed: -1,
      failed: 0,
      skipped: 0,
      processing_ms_sum: -4000,
    });
  });
});
