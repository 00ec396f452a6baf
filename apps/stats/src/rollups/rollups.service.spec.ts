import { EventTypes, EventEnvelope } from '@callsight/contracts';
import { deltaOf } from './rollups.service';

const job = { jobId: 'job_1', callId: 'call_1', sourceCallId: null, sourceCompanyId: null, title: null, callDate: null, durationSeconds: 95, metadata: {}, webhookUrl: null, createdAt: '2026-01-01T10:00:00.000Z' };
const envelope = (type: EventEnvelope['type'], data: unknown): EventEnvelope => ({ id: 'evt_1', type, workspaceId: 'ws_1', occurredAt: '2026-01-01T10:00:05.000Z', data });

describe('rollup deltas', () => {
  it('counts a created job with its call duration', () => {
    expect(deltaOf(envelope(EventTypes.jobCreated, { job }))).toEqual({ counter: 'created', processingMs: 0, callSeconds: 95 });
  });

  it('counts a completion with the time from submission to completion', () => {
    expect(deltaOf(envelope(EventTypes.jobCompleted, { job, completedAt: '2026-01-01T10:00:02.500Z' }))).toEqual({ counter: 'completed', processingMs: 2500, callSeconds: 0 });
  });

  it('counts a failure and ignores other events', () => {
    expect(deltaOf(envelope(EventTypes.jobFailed, { job, stage: 'queued', reason: 'x', failedAt: '2026-01-01T10:01:00Z' }))?.counter).toBe('failed');
    expect(deltaOf(envelope(EventTypes.scoringCompleted, { job }))).toBeNull();
  });
});
