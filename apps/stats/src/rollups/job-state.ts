import { EventEnvelope, EventTypes, JobCompletedEvent, JobRef } from '@callsight/contracts';

export type CountedStatus = 'in_progress' | 'completed' | 'failed' | 'skipped';

export interface JobState {
  attempt: number;
  status: CountedStatus;
  processingMs: number;
}

/** How one job event changes what stats knows of the job; null when it changes nothing (an older attempt's news). */
export function nextJobState(previous: JobState | null, event: EventEnvelope): JobState | null {
  const job = (event.data as { job: JobRef }).job;
  const attempt = job.attempt ?? 1;
  if (previous && attempt < previous.attempt) return null;
  const base = { attempt, processingMs: 0 };
  switch (event.type) {
    case EventTypes.jobCreated:
      return previous ?? { ...base, status: 'in_progress' };
    case EventTypes.jobSkipped:
      return { ...base, status: 'skipped' };
    case EventTypes.jobFailed:
      return { ...base, status: 'failed' };
    case EventTypes.jobCompleted: {
      const completedAt = Date.parse((event.data as JobCompletedEvent).completedAt);
      return { ...base, status: 'completed', processingMs: Math.max(0, completedAt - Date.parse(job.createdAt)) };
    }
    case EventTypes.jobRequeued:
    case EventTypes.jobRerunRequested:
    case EventTypes.jobRedeliveryRequested:
      // Each event type has its own consumer, so an attempt's outcome may be counted before its start.
      if (previous && previous.attempt === attempt && previous.status !== 'in_progress') return null;
      return { ...base, status: 'in_progress' };
    default:
      return null;
  }
}

/** The rollup counters to add (negative to take away) when a job goes from `previous` to `next`. */
export function rollupDelta(
  previous: JobState | null,
  next: JobState,
): Record<'created' | 'completed' | 'failed' | 'skipped' | 'processing_ms_sum', number> {
  const delta = { created: previous ? 0 : 1, completed: 0, failed: 0, skipped: 0, processing_ms_sum: 0 };
  if (previous && previous.status !== 'in_progress') delta[previous.status] -= 1;
  if (previous?.status === 'completed') delta.processing_ms_sum -= previous.processingMs;
  if (next.status !== 'in_progress') delta[next.status] += 1;
  if (next.status === 'completed') delta.processing_ms_sum += next.processingMs;
  return delta;
}
