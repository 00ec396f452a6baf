import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, EventTypes, JobFailedEvent, JobRef, JobStageTimes, JobStatus } from '@callsight/contracts';
import { createEvent } from '@callsight/messaging';
import { JobEntity, JobEventEntity } from './job.entity';
import { isTerminal, STAGE_TIMESTAMP } from './job-state-machine';
import { logLineOf } from './job-ref';

const logger = new Logger('JobTransitions');

export interface Move {
  to: JobStatus;
  at: Date;
  cause: string;
  reason: string | null;
  sourceEventId: string | null;
  traceparent?: string;
}

/** Writes one status change with its log line; returns the job.completed / job.failed event it causes. */
export async function moveJob(
  manager: EntityManager,
  job: JobEntity,
  stageRef: JobRef,
  move: Move,
): Promise<EventEnvelope[]> {
  // A stage event's ref may predate the measurement (job.created's, copied forward to a failure; an
  // event from before the field): the row holds the latest one, which job.completed must carry to stats.
  const ref: JobRef = { ...stageRef, audioSeconds: job.audioSeconds };
  const from = job.status;
  const stamp = STAGE_TIMESTAMP[move.to];
  // status_reason says why a job ended as it did (progress notes go to the log only); a note on
  // the status it leaves, such as a failed delivery attempt, no longer applies.
  const changes: Partial<JobEntity> = {
    status: move.to,
    statusReason: isTerminal(move.to) ? move.reason : null,
    updatedAt: new Date(),
    watchdogRedrives: 0,
    ...(stamp ? { [stamp]: move.at } : {}),
  };
  await manager.update(JobEntity, { id: job.id }, changes);
  await manager.insert(
    JobEventEntity,
    logLineOf(job, move.at, move.cause, from, move.to, move.reason, move.sourceEventId),
  );
  logger.log(
    { workspaceId: job.workspaceId, jobId: job.id, from, to: move.to, cause: move.cause, attempt: job.attempt },
    'job status changed',
  );
  if (move.to === 'completed')
    return [
      createEvent(
        EventTypes.jobCompleted,
        job.workspaceId,
        { job: ref, completedAt: move.at.toISOString(), stages: stageTimesOf(job) },
        move.traceparent,
      ),
    ];
  if (move.to !== 'failed') return [];
  const data: JobFailedEvent = {
    job: ref,
    stage: from,
    reason: move.reason ?? 'failed',
    failedAt: move.at.toISOString(),
  };
  return [createEvent(EventTypes.jobFailed, job.workspaceId, data, move.traceparent)];
}

/** When the job's current attempt entered each stage, as job.completed and the job history carry it. */
export function stageTimesOf(job: JobEntity): JobStageTimes {
  return {
    attemptStartedAt: job.attemptStartedAt.toISOString(),
    transcribingAt: job.transcribingAt?.toISOString() ?? null,
    analyzingAt: job.analyzingAt?.toISOString() ?? null,
    deliveringAt: job.deliveringAt?.toISOString() ?? null,
  };
}
