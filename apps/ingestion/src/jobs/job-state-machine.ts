import { EventType, EventTypes, JobStatus, RetryMode } from '@callsight/contracts';

/** Where a job is in the pipeline; later stages have higher ranks. */
const RANK: Record<JobStatus, number> = {
  queued: 0,
  transcribing: 1,
  analyzing: 2,
  delivering: 3,
  completed: 4,
  failed: 4,
  skipped: 4,
};

export const TERMINAL_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'skipped'];
export const PENDING_STATUSES: readonly JobStatus[] = ['queued', 'transcribing', 'analyzing', 'delivering'];

export const isTerminal = (status: JobStatus): boolean => TERMINAL_STATUSES.includes(status);

/** The status each stage event moves a job to. */
export const STATUS_AFTER_EVENT: Partial<Record<EventType, JobStatus>> = {
  [EventTypes.transcriptionStarted]: 'transcribing',
  [EventTypes.transcriptionCompleted]: 'analyzing',
  [EventTypes.transcriptionFailed]: 'failed',
  [EventTypes.scoringCompleted]: 'delivering',
  [EventTypes.scoringFailed]: 'failed',
  [EventTypes.webhookDelivered]: 'completed',
  [EventTypes.webhookSkipped]: 'completed',
  [EventTypes.webhookFailed]: 'failed',
};

export type Transition = { kind: 'move'; to: JobStatus } | { kind: 'ignore'; reason: string };

/**
 * Decides what an observed fact does to a job. Events may arrive out of order (each stage's
 * consumer runs independently), so a job only ever moves forward; a fact about an earlier stage
 * or about a finished job is recorded in the log but changes nothing.
 */
export function decideTransition(current: JobStatus, target: JobStatus): Transition {
  if (current === target) return { kind: 'ignore', reason: `already ${current}` };
  if (isTerminal(current)) return { kind: 'ignore', reason: `job already ${current}` };
  if (target === 'failed' || target === 'skipped') return { kind: 'move', to: target };
  if (RANK[target] > RANK[current]) return { kind: 'move', to: target };
  return { kind: 'ignore', reason: `job is already past ${target}` };
}

/** The stage timestamp column a status sets. */
export const STAGE_TIMESTAMP: Record<
  JobStatus,
  'queuedAt' | 'transcribingAt' | 'analyzingAt' | 'deliveringAt' | 'completedAt' | 'failedAt' | null
> = {
  queued: 'queuedAt',
  transcribing: 'transcribingAt',
  analyzing: 'analyzingAt',
  delivering: 'deliveringAt',
  completed: 'completedAt',
  failed: 'failedAt',
  skipped: null,
};

/** Where each retry mode restarts the pipeline, and which stage it needs the job to have reached before. */
export const RETRY_RESTART: Record<
  RetryMode,
  { status: 'queued' | 'analyzing' | 'delivering'; needs: 'queuedAt' | 'analyzingAt' | 'deliveringAt' }
> = {
  requeue: { status: 'queued', needs: 'queuedAt' },
  rerun: { status: 'analyzing', needs: 'analyzingAt' },
  redeliver: { status: 'delivering', needs: 'deliveringAt' },
};

export type JobStages = Record<'queuedAt' | 'analyzingAt' | 'deliveringAt', Date | null>;

/**
 * Why a client's retry cannot start, or null when it can: only a finished job is retried, a rerun
 * needs a transcript (the job got to analysis), a redelivery needs results (it got to delivery),
 * and a skipped job never ran, so it can only be requeued.
 */
export function retryRefusal(status: JobStatus, stages: JobStages, mode: RetryMode): string | null {
  if (!isTerminal(status)) return `The job is still ${status}; retry it once it has finished`;
  if (mode === 'requeue') return null;
  if (status === 'skipped' || stages[RETRY_RESTART[mode].needs] === null) {
    return `The job has ${mode === 'rerun' ? 'no transcript' : 'no results to deliver'} yet; retry it with mode requeue`;
  }
  return null;
}

/** Clients may set one status only, `queued`, and only on a skipped job: that is how a skipped duplicate is processed after all. */
export function statusChangeRefusal(current: JobStatus, requested: JobStatus): string | null {
  if (requested === 'queued' && current === 'skipped') return null;
  return `A job cannot go from ${current} to ${requested}; only a skipped job can be set to queued (use POST /api/v1/jobs/{job_id}/retry for other retries)`;
}
