import { EventEnvelope, EventType, EventTypes, JobRef } from '@callsight/contracts';
import { JobFacts, nextFacts } from './job-facts';

const job = (attempt = 1, extra: Partial<JobRef> = {}): JobRef => ({
  jobId: 'job_1',
  callId: 'call_1',
  sourceCallId: null,
  sourceCompanyId: 'acme',
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
  direction: 'inbound',
  fromNumber: null,
  toNumber: null,
  configVersion: null,
  ...extra,
});
const event = (type: EventType, data: Record<string, unknown> = {}, ref = job()): EventEnvelope => ({
  id: 'evt_1',
  type,
  workspaceId: 'ws_1',
  occurredAt: '2026-01-01T10:00:05.000Z',
  data: { job: ref, ...data },
});
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, seconds)).toISOString();

describe('stats job facts', () => {
  it('counts a new job once, whichever event reveals it first', () => {
    const completed = nextFacts(null, event(EventTypes.jobCompleted, { completedAt: at(3) })) as JobFacts;
    expect(completed).toMatchObject({ status: 'completed', stageMs: { total: 3000 }, organizationId: 'acme' });
    expect(nextFacts(completed, event(EventTypes.jobCreated))).toEqual(completed);
  });

  it('moves a retried job on, and lets an older attempt change nothing', () => {
    const failed = nextFacts(null, event(EventTypes.jobFailed)) as JobFacts;
    const requeued = nextFacts(failed, event(EventTypes.jobRequeued, {}, job(2))) as JobFacts;
    expect(requeued).toMatchObject({ status: 'in_progress', attempt: 2 });
    expect(nextFacts(requeued, event(EventTypes.jobCompleted, { completedAt: at(4) }))).toBeNull();
    const done = nextFacts(requeued, event(EventTypes.jobCompleted, { completedAt: at(9) }, job(2))) as JobFacts;
    // The requeue of attempt 2 applied after its completion leaves it completed.
    expect(nextFacts(done, event(EventTypes.jobRequeued, {}, job(2)))).toMatchObject({ status: 'completed' });
  });

  it('times the stages the finishing attempt went through, each until the next it entered', () => {
    const stages = { attemptStartedAt: at(10), transcribingAt: at(2), analyzingAt: at(11), deliveringAt: null };
    const rerun = nextFacts(null, event(EventTypes.jobCompleted, { completedAt: at(14), stages }, job(2)));
    expect(rerun?.stageMs).toEqual({ total: 14_000, analysis: 3000 });
    const full = { attemptStartedAt: at(0), transcribingAt: at(1), analyzingAt: at(5), deliveringAt: at(6) };
    const first = nextFacts(null, event(EventTypes.jobCompleted, { completedAt: at(8), stages: full }));
    expect(first?.stageMs).toEqual({ total: 8000, queued: 1000, transcription: 4000, analysis: 1000, delivery: 2000 });
  });

  it('counts a zone written in another spelling as the one zone', () => {
    const lower = nextFacts(null, event(EventTypes.jobCreated, {}, job(1, { timeZone: 'europe/berlin' })));
    expect(lower?.zone).toBe('Europe/Berlin');
    expect(nextFacts(null, event(EventTypes.jobCreated))?.zone).toBe('UTC');
  });

  it('keeps the newest analysis and the measured length once known', () => {
    const runs = (outcome: string) => [
      { runId: 'r1', algorithmId: 'outcome', algorithmVersion: 1, output: { outcome } },
      { runId: 'r2', algorithmId: 'emergency', algorithmVersion: 1, output: { is_emergency: true } },
      { runId: 'r3', algorithmId: 'summary', algorithmVersion: 1, output: null },
    ];
    const second = nextFacts(
      null,
      event(EventTypes.scoringCompleted, { runs: runs('resolved') }, job(2, { audioSeconds: 61.5 })),
    ) as JobFacts;
    expect(second).toMatchObject({
      outcome: 'resolved',
      results: ['emergency:detected', 'outcome:resolved'],
      durationSeconds: 61.5,
      audioSeconds: 61.5,
    });
    expect(nextFacts(second, event(EventTypes.scoringCompleted, { runs: runs('follow_up') }, job(1)))).toBeNull();
    expect(nextFacts(second, event(EventTypes.jobCreated, {}, job(2)))).toMatchObject({ durationSeconds: 61.5 });
  });
});
