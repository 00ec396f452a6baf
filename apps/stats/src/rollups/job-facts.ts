import {
  EventEnvelope,
  EventTypes,
  JobCompletedEvent,
  JobRef,
  JobStageTimes,
  ScoringCompletedEvent,
  canonicalTimeZone,
} from '@callsight/contracts';
import { algorithmResultsOf, outcomeOf } from './algorithm-results';

export type CountedStatus = 'in_progress' | 'completed' | 'failed' | 'skipped';

export const STAGES = ['queued', 'transcription', 'analysis', 'delivery', 'total'] as const;
export type Stage = (typeof STAGES)[number];

/** Everything stats counts about one job: the rollups are a sum of these, and the slow path reads them directly. */
export interface JobFacts {
  jobId: string;
  workspaceId: string;
  attempt: number;
  status: CountedStatus;
  createdAt: string;
  /** The zone whose day the job is counted on. */
  zone: string;
  organizationId: string;
  direction: string;
  /** The call's length in seconds: measured audio, else the duration submitted. */
  durationSeconds: number | null;
  audioSeconds: number | null;
  /** Milliseconds per stage of the attempt that completed the job; null unless completed. */
  stageMs: Partial<Record<Stage, number>> | null;
  /** The attempt whose analysis `outcome` and `results` come from; 0 before any. */
  analysisAttempt: number;
  outcome: string;
  /** `<algorithm>:<result>` labels, sorted. */
  results: string[];
}

/** What one event changes in a job's facts; null when it changes nothing (an older attempt's news, an event not counted). */
export function nextFacts(previous: JobFacts | null, event: EventEnvelope): JobFacts | null {
  const job = (event.data as { job?: JobRef }).job as JobRef;
  const attempt = job.attempt ?? 1;
  const base = previous ? withJobFields(previous, job) : firstFacts(event.workspaceId, job);
  if (event.type === EventTypes.scoringCompleted) {
    if (previous && attempt < previous.analysisAttempt) return null;
    const runs = (event.data as ScoringCompletedEvent).runs;
    return { ...base, analysisAttempt: attempt, outcome: outcomeOf(runs), results: algorithmResultsOf(runs) };
  }
  if (previous && attempt < previous.attempt) return null;
  const moved = { ...base, attempt, stageMs: null };
  switch (event.type) {
    case EventTypes.jobCreated:
      return previous ? base : { ...moved, status: 'in_progress' };
    case EventTypes.jobSkipped:
      return { ...moved, status: 'skipped' };
    case EventTypes.jobFailed:
      return { ...moved, status: 'failed' };
    case EventTypes.jobCompleted:
      return { ...moved, status: 'completed', stageMs: stageMsOf(job, event.data as JobCompletedEvent) };
    case EventTypes.jobRequeued:
    case EventTypes.jobRerunRequested:
    case EventTypes.jobRedeliveryRequested:
      // Each event type has its own consumer, so an attempt's outcome may be counted before its start.
      if (previous && previous.attempt === attempt && previous.status !== 'in_progress') return base;
      return { ...moved, status: 'in_progress' };
    default:
      return null;
  }
}

export function firstFacts(workspaceId: string, job: JobRef): JobFacts {
  return withJobFields(
    {
      jobId: job.jobId,
      workspaceId,
      attempt: job.attempt ?? 1,
      status: 'in_progress',
      createdAt: new Date(job.createdAt).toISOString(),
      zone: canonicalTimeZone(job.timeZone || 'UTC'),
      organizationId: job.sourceCompanyId ?? '',
      direction: job.direction ?? '',
      durationSeconds: null,
      audioSeconds: null,
      stageMs: null,
      analysisAttempt: 0,
      outcome: '',
      results: [],
    },
    job,
  );
}

/** A later event may know the measured length; an event that does not never forgets it. */
function withJobFields(facts: JobFacts, job: JobRef): JobFacts {
  const audioSeconds = job.audioSeconds ?? facts.audioSeconds;
  return { ...facts, audioSeconds, durationSeconds: audioSeconds ?? job.durationSeconds ?? facts.durationSeconds };
}

/** Total is from submission; each stage only when the finishing attempt went through it (a rerun skips transcription). */
export function stageMsOf(job: JobRef, event: JobCompletedEvent): Partial<Record<Stage, number>> {
  const completedAt = Date.parse(event.completedAt);
  const stageMs: Partial<Record<Stage, number>> = { total: Math.max(0, completedAt - Date.parse(job.createdAt)) };
  if (!event.stages) return stageMs;
  const bounds = stageBounds(event.stages, completedAt);
  for (const [stage, from, to] of bounds) {
    if (from !== null && to !== null && to >= from) stageMs[stage] = to - from;
  }
  return stageMs;
}

/** Each stage the attempt went through lasts until the next one it went through starts, or it completed. */
function stageBounds(stages: JobStageTimes, completedAt: number): [Stage, number | null, number | null][] {
  const started = Date.parse(stages.attemptStartedAt);
  const ofAttempt = (at: string | null) => {
    const time = at ? Date.parse(at) : NaN;
    return Number.isNaN(time) || time < started ? null : time;
  };
  const transcribing = ofAttempt(stages.transcribingAt);
  const analyzing = ofAttempt(stages.analyzingAt);
  const delivering = ofAttempt(stages.deliveringAt);
  const endOf = (...next: (number | null)[]) => next.find((time) => time !== null) ?? completedAt;
  return [
    ['queued', transcribing === null ? null : started, transcribing],
    ['transcription', transcribing, endOf(analyzing, delivering)],
    ['analysis', analyzing, endOf(delivering)],
    ['delivery', delivering, completedAt],
  ];
}
