import { EventType, EventTypes, JobStatus } from '@callsight/contracts';

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
export const STAGE_TIMESTAMP: Record<JobStatus, 'queuedAt' | 'transcribingAt' | 'analyzingAt' | 'deliveringAt' | 'completedAt' | 'failedAt' | null> = {
  queued: 'queuedAt',
  transcribing: 'transcribingAt',
  analyzing: 'analyzingAt',
  delivering: 'deliveringAt',
  completed: 'completedAt',
  failed: 'failedAt',
  skipped: null,
};
