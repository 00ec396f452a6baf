import { EventTypes, JOB_STATUSES, JobStatus } from '@callsight/contracts';
import { decideTransition, isTerminal, STATUS_AFTER_EVENT } from './job-state-machine';

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
});
