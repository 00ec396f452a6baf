import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import {
  EventEnvelope,
  EventTypes,
  JobRef,
  JobStatus,
  ScoringCompletedEvent,
  StageFailedEvent,
  TranscriptionCompletedEvent,
  TranscriptionStartedEvent,
  WebhookAttemptFailedEvent,
  WebhookFailedEvent,
  WebhookSkippedEvent,
} from '@callsight/contracts';
import { Outbox, PermanentEventError } from '@callsight/messaging';
import { CallEntity, JobEntity, JobEventEntity } from './job.entity';
import { decideTransition, PENDING_STATUSES, STAGE_TIMESTAMP, STATUS_AFTER_EVENT } from './job-state-machine';

const TIMED_STATUSES = PENDING_STATUSES.filter((status) => status !== 'delivering');
import { jobRefOf, logLineOf } from './job-ref';
import { moveJob } from './job-transitions';

/**
 * What the attempt's `missed_call` run said, for the KestrelVoice read API's `missed` status: its output
 * is a few fields, so it always travels compact in scoring.completed; null when it did not run.
 */
function missedOf(event: ScoringCompletedEvent): boolean | null {
  const run = event.runs?.find((candidate) => candidate.algorithmId === 'missed_call');
  const missed = run?.output?.missed;
  return typeof missed === 'boolean' ? missed : null;
}

/** Moves jobs through the pipeline as stage events arrive, and fails those that take too long. */
@Injectable()
export class JobProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Applies a stage event to its job inside the consumer's transaction; returns the job events it causes. */
  async applyStageEvent(event: EventEnvelope, manager: EntityManager): Promise<EventEnvelope[]> {
    const target = STATUS_AFTER_EVENT[event.type];
    const ref = (event.data as { job?: JobRef }).job;
    if (!target || !ref?.jobId) throw new PermanentEventError(`${event.type} ${event.id} names no job`);
    const job = await manager.findOne(JobEntity, {
      where: { id: ref.jobId, workspaceId: event.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!job) throw new PermanentEventError(`${event.type} ${event.id} names unknown job ${ref.jobId}`);
    const at = new Date(event.occurredAt);
    const reason = failureReason(event);
    if ((ref.attempt ?? 1) < job.attempt) {
      await manager.insert(
        JobEventEntity,
        logLineOf(
          job,
          at,
          event.type,
          job.status,
          null,
          `${reason ?? 'stage event'} of attempt ${ref.attempt ?? 1} (ignored: the job was retried)`,
          event.id,
        ),
      );
      return [];
    }
    if (event.type === EventTypes.scoringCompleted)
      await manager.update(JobEntity, { id: job.id }, { missed: missedOf(event.data as ScoringCompletedEvent) });
    if (event.type === EventTypes.transcriptionCompleted) {
      // Kept on the job, not only forwarded: job.failed, retries and the read APIs build their refs from the row.
      job.audioSeconds = ref.audioSeconds ?? null;
      await manager.update(JobEntity, { id: job.id }, { audioSeconds: job.audioSeconds });
    }
    const decision = decideTransition(job.status, target);
    if (decision.kind === 'ignore') {
      await this.backfillStage(manager, job, target, at);
      await manager.insert(
        JobEventEntity,
        logLineOf(
          job,
          at,
          event.type,
          job.status,
          null,
          `${reason ?? 'stage event'} (no status change: ${decision.reason})`,
          event.id,
        ),
      );
      return [];
    }
    return moveJob(manager, job, ref, {
      to: decision.to,
      at,
      cause: event.type,
      reason,
      sourceEventId: event.id,
      traceparent: event.traceparent,
    });
  }

  /**
   * A failed delivery attempt that will be retried: logged on the job, and while the job is still
   * delivering its status_reason says why, so nobody has to read the webhook service's log.
   */
  async recordDeliveryAttempt(
    event: EventEnvelope<WebhookAttemptFailedEvent>,
    manager: EntityManager,
  ): Promise<EventEnvelope[]> {
    const { job: ref } = event.data;
    const job = await manager.findOne(JobEntity, {
      where: { id: ref.jobId, workspaceId: event.workspaceId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!job) throw new PermanentEventError(`${event.type} ${event.id} names unknown job ${ref.jobId}`);
    const message = deliveryAttemptMessage(event.data);
    const current = (ref.attempt ?? 1) >= job.attempt && job.status === 'delivering';
    const note = current ? message : `${message} (no status change: ${staleness(job, ref)})`;
    await manager.insert(
      JobEventEntity,
      logLineOf(job, new Date(event.occurredAt), event.type, job.status, null, note, event.id),
    );
    if (current)
      await manager.update(
        JobEntity,
        { id: job.id },
        { statusReason: message, updatedAt: new Date(), watchdogRedrives: 0 },
      );
    return [];
  }

  /**
   * Fails every job still processing past `timeoutSeconds`; resolves to how many were failed. A delivering
   * job is left to the webhook retry schedule (about 27 h) and the stage watchdog, which a 1 h cap would cut short.
   */
  async failTimedOut(timeoutSeconds: number, limit = 100): Promise<number> {
    const cutoff = new Date(Date.now() - timeoutSeconds * 1000);
    const failed = await this.dataSource.transaction(async (manager) => {
      const jobs = await manager.find(JobEntity, {
        where: { status: In([...TIMED_STATUSES]), attemptStartedAt: LessThan(cutoff) },
        order: { attemptStartedAt: 'ASC' },
        take: limit,
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const job of jobs) {
        const call = await manager.findOneByOrFail(CallEntity, { id: job.callId });
        const reason = `timed out: still ${job.status} ${timeoutSeconds} s after attempt ${job.attempt} started`;
        await this.outbox.add(
          manager,
          await moveJob(manager, job, jobRefOf(call, job), {
            to: 'failed',
            at: new Date(),
            cause: 'job.timeout',
            reason,
            sourceEventId: null,
          }),
        );
      }
      return jobs.length;
    });
    if (failed > 0) this.outbox.nudge();
    return failed;
  }

  /** A stage's event that arrives after a later one still records when that stage happened. */
  private async backfillStage(manager: EntityManager, job: JobEntity, stage: JobStatus, at: Date): Promise<void> {
    const stamp = STAGE_TIMESTAMP[stage];
    if (!stamp || stage === 'failed' || job[stamp] !== null) return;
    await manager.update(JobEntity, { id: job.id }, { [stamp]: at });
  }
}

function deliveryAttemptMessage(data: WebhookAttemptFailedEvent): string {
  return (
    `webhook attempt ${data.attempt} of ${data.maxAttempts} to ${withoutQuery(data.url)} failed: ${data.reason}; ` +
    `next attempt at ${data.nextAttemptAt}`
  );
}

/** A query string may carry the receiver's token; the path is enough to tell endpoints apart. */
function withoutQuery(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return parsed ? `${parsed.origin}${parsed.pathname}` : url;
}

function staleness(job: JobEntity, ref: JobRef): string {
  if ((ref.attempt ?? 1) < job.attempt) return `attempt ${ref.attempt ?? 1} of the job, which was retried since`;
  return `job already ${job.status}`;
}

function failureReason(event: EventEnvelope): string | null {
  switch (event.type) {
    case EventTypes.transcriptionFailed:
    case EventTypes.scoringFailed: {
      const data = event.data as StageFailedEvent;
      return `${event.type.split('.')[0]} failed (${data.code}): ${data.reason}`;
    }
    case EventTypes.webhookFailed: {
      const data = event.data as WebhookFailedEvent;
      return `webhook delivery failed after ${data.attempts} attempt(s): ${data.reason}`;
    }
    case EventTypes.webhookSkipped:
      return `no webhook delivered: ${(event.data as WebhookSkippedEvent).reason}`;
    case EventTypes.transcriptionStarted:
      return `transcribing with ${(event.data as TranscriptionStartedEvent).engine}`;
    case EventTypes.transcriptionCompleted: {
      const data = event.data as TranscriptionCompletedEvent;
      const parts = [`transcribed by ${data.engine}${data.model ? ` (${data.model})` : ''}`];
      if (data.durationSeconds !== null) parts.push(`${Math.round(data.durationSeconds * 10) / 10} s of audio`);
      if (data.timings)
        parts.push(`recognition ${data.timings.recogniseMs} ms, real-time factor ${data.timings.realTimeFactor}`);
      return parts.join(', ');
    }
    default:
      return null;
  }
}
