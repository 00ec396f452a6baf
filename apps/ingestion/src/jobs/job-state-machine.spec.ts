import { EventTypes, JOB_STATUSES, JobStatus } from '@callsight/contracts';
import {
  decideTransition,
  isTerminal,
  JobStages,
  retryRefusal,
  STATUS_AFTER_EVENT,
  statusChangeRefusal,
} from './job-state-machine';

describe('job state machine', () => {
  it.each<[JobStatus, JobStatus]>([
    ['queued', 'transcribing'],
    ['transcribing', 'analyzing'],
    ['analyzing', 'delivering'],
    ['delivering', 'completed'],
    ['queued', 'analyzing'],
    ['queued', 'completed'],
    ['queued', 'failed'],
    ['delivering', 'failed'],
    ['queued', 'skipped'],
  ])('moves %s → %s', (from, to) => {
    expect(decideTransition(from, to)).toEqual({ kind: 'move', to });
  });

  it.each<[JobStatus, JobStatus]>([
    ['analyzing', 'transcribing'],
    ['delivering', 'analyzing'],
    ['transcribing', 'transcribing'],
  ])('ignores the stale step %s → %s', (from, to) => {
    expect(decideTransition(from, to).kind).toBe('ignore');
  });

  it('never moves a finished job', () => {
    for (const from of JOB_STATUSES.filter(isTerminal)) {
      for (const to of JOB_STATUSES) expect(decideTransition(from, to).kind).toBe('ignore');
    }
  });

  it('maps every stage event to a status', () => {
    expect(STATUS_AFTER_EVENT[EventTypes.transcriptionStarted]).toBe('transcribing');
    expect(STATUS_AFTER_EVENT[EventTypes.scoringCompleted]).toBe('delivering');
    expect(STATUS_AFTER_EVENT[EventTypes.webhookSkipped]).toBe('completed');
    expect(STATUS_AFTER_EVENT[EventTypes.webhookFailed]).toBe('failed');
    expect(STATUS_AFTER_EVENT[EventTypes.jobCreated]).toBeUndefined();
  });

  describe('client retries', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const reached = (stage: 'queued' | 'analyzing' | 'delivering'): JobStages => ({
      queuedAt: at,
      analyzingAt: stage === 'queued' ? null : at,
      deliveringAt: stage === 'delivering' ? at : null,
    });

    it.each(['queued', 'transcribing', 'analyzing', 'delivering'] as const)(
      'refuses every retry of a job still %s',
      (status) => {
        for (const mode of ['requeue', 'rerun', 'redeliver'] as const)
          expect(retryRefusal(status, reached('delivering'), mode)).toMatch(`still ${status}`);
      },
    );

    it('requeues any finished job, skipped ones included', () => {
      for (const status of ['completed', 'failed', 'skipped'] as const)
        expect(retryRefusal(status, reached('queued'), 'requeue')).toBeNull();
    });

    it('reruns only a job that got to analysis, and redelivers only one that got to delivery', () => {
      expect(retryRefusal('failed', reached('queued'), 'rerun')).toMatch('no transcript');
      expect(retryRefusal('failed', reached('analyzing'), 'rerun')).toBeNull();
      expect(retryRefusal('failed', reached('analyzing'), 'redeliver')).toMatch('no results to deliver');
      expect(retryRefusal('failed', reached('delivering'), 'redeliver')).toBeNull();
      expect(retryRefusal('completed', reached('delivering'), 'rerun')).toBeNull();
    });

    it('never reruns or redelivers a skipped job, which never ran', () => {
      expect(retryRefusal('skipped', reached('delivering'), 'rerun')).not.toBeNull();
      expect(retryRefusal('skipped', reached('delivering'), 'redeliver')).not.toBeNull();
    });

    it('lets a client set only queued, and only on a skipped job', () => {
      expect(statusChangeRefusal('skipped', 'queued')).toBeNull();
      for (const current of JOB_STATUSES.filter((status) => status !== 'skipped'))
        expect(statusChangeRefusal(current, 'queued')).toMatch(`from ${current} to queued`);
      for (const requested of JOB_STATUSES.filter((status) => status !== 'queued'))
        expect(statusChangeRefusal('skipped', requested)).not.toBeNull();
    });
  });
});
