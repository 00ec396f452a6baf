import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import {
  DomainError,
  EventEnvelope,
  EventTypes,
  JobCreatedEvent,
  JobFailedEvent,
  JobRef,
  JobStatus,
  JobView,
  StageFailedEvent,
  SubmissionAccepted,
  SubmitCallCommand,
  WebhookFailedEvent,
  WebhookSkippedEvent,
  WorkspaceContext,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox, PermanentEventError } from '@callsight/messaging';
import { CallEntity, JobEntity, JobEventEntity } from './job.entity';
import { decideTransition, PENDING_STATUSES, STAGE_TIMESTAMP, STATUS_AFTER_EVENT } from './job-state-machine';
import { jobRefOf, jobViewOf } from './job-ref';

/** Owns calls and jobs: accepts submissions, answers job queries, and moves jobs through the pipeline as stage events arrive. */
@Injectable()
export class JobsService {
  private readonly logger = new Logger(JobsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async submit(context: WorkspaceContext, command: SubmitCallCommand): Promise<SubmissionAccepted> {
    const now = new Date();
    const call = this.callFrom(context.workspaceId, command, now);
    const job: JobEntity = {
      id: newId('job'),
      workspaceId: context.workspaceId,
      callId: call.id,
      status: 'queued',
      statusReason: null,
      queuedAt: now,
      transcribingAt: null,
      analyzingAt: null,
      deliveringAt: null,
      completedAt: null,
      failedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const created = createEvent<JobCreatedEvent>(
      EventTypes.jobCreated,
      context.workspaceId,
      { job: jobRefOf(call, job), source: command.source, transcript: command.transcript ?? null, audioUrl: command.audio_url ?? null, language: call.language },
      context.traceparent,
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(CallEntity, call);
      await manager.insert(JobEntity, job);
      await manager.insert(JobEventEntity, this.logLine(job, now, EventTypes.jobCreated, null, 'queued', `accepted from ${command.source}`, created.id));
      await this.outbox.add(manager, [created]);
    });
    this.outbox.nudge();
    return { job_id: job.id, call_id: call.id, status: job.status };
  }

  async get(context: WorkspaceContext, jobId: string): Promise<JobView> {
    const job = await this.dataSource.getRepository(JobEntity).findOneBy({ id: jobId, workspaceId: context.workspaceId });
    if (!job) throw DomainError.notFound(`Job ${jobId}`);
    const call = await this.dataSource.getRepository(CallEntity).findOneByOrFail({ id: job.callId });
    return jobViewOf(job, call);
  }

  /** Applies a stage event to its job inside the consumer's transaction; returns the job events it causes. */
  async applyStageEvent(event: EventEnvelope, manager: EntityManager): Promise<EventEnvelope[]> {
    const target = STATUS_AFTER_EVENT[event.type];
    const ref = (event.data as { job?: JobRef }).job;
    if (!target || !ref?.jobId) throw new PermanentEventError(`${event.type} ${event.id} names no job`);
    const job = await manager.findOne(JobEntity, { where: { id: ref.jobId, workspaceId: event.workspaceId }, lock: { mode: 'pessimistic_write' } });
    if (!job) throw new PermanentEventError(`${event.type} ${event.id} names unknown job ${ref.jobId}`);
    const at = new Date(event.occurredAt);
    const reason = failureReason(event);
    const decision = decideTransition(job.status, target);
    if (decision.kind === 'ignore') {
      await this.backfillStage(manager, job, target, at);
      await manager.insert(JobEventEntity, this.logLine(job, at, event.type, job.status, null, `${reason ?? 'stage event'} (no status change: ${decision.reason})`, event.id));
      return [];
    }
    return this.move(manager, job, ref, decision.to, at, event.type, reason, event.id, event.traceparent);
  }

  /** Fails every job still pending past `timeoutSeconds`; resolves to how many were failed. */
  async failTimedOut(timeoutSeconds: number, limit = 100): Promise<number> {
    const cutoff = new Date(Date.now() - timeoutSeconds * 1000);
    const failed = await this.dataSource.transaction(async (manager) => {
      const jobs = await manager.find(JobEntity, {
        where: { status: In([...PENDING_STATUSES]), createdAt: LessThan(cutoff) },
        order: { createdAt: 'ASC' },
        take: limit,
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const job of jobs) {
        const call = await manager.findOneByOrFail(CallEntity, { id: job.callId });
        const reason = `timed out: still ${job.status} ${timeoutSeconds} s after submission`;
        const events = await this.move(manager, job, jobRefOf(call, job), 'failed', new Date(), 'job.timeout', reason, null);
        await this.outbox.add(manager, events);
      }
      return jobs.length;
    });
    if (failed > 0) this.outbox.nudge();
    return failed;
  }

  private async move(
    manager: EntityManager,
    job: JobEntity,
    ref: JobRef,
    to: JobStatus,
    at: Date,
    cause: string,
    reason: string | null,
    sourceEventId: string | null,
    traceparent?: string,
  ): Promise<EventEnvelope[]> {
    const from = job.status;
    const stamp = STAGE_TIMESTAMP[to];
    const changes: Partial<JobEntity> = { status: to, updatedAt: new Date(), ...(reason ? { statusReason: reason } : {}), ...(stamp ? { [stamp]: at } : {}) };
    await manager.update(JobEntity, { id: job.id }, changes);
    await manager.insert(JobEventEntity, this.logLine(job, at, cause, from, to, reason, sourceEventId));
    this.logger.log({ workspaceId: job.workspaceId, jobId: job.id, from, to, cause }, 'job status changed');
    if (to === 'completed') {
      return [createEvent(EventTypes.jobCompleted, job.workspaceId, { job: ref, completedAt: at.toISOString() }, traceparent)];
    }
    if (to === 'failed') {
      const data: JobFailedEvent = { job: ref, stage: from, reason: reason ?? 'failed', failedAt: at.toISOString() };
      return [createEvent(EventTypes.jobFailed, job.workspaceId, data, traceparent)];
    }
    return [];
  }

  /** A stage's event that arrives after a later one still records when that stage happened. */
  private async backfillStage(manager: EntityManager, job: JobEntity, stage: JobStatus, at: Date): Promise<void> {
    const stamp = STAGE_TIMESTAMP[stage];
    if (!stamp || stage === 'failed' || job[stamp] !== null) return;
    await manager.update(JobEntity, { id: job.id }, { [stamp]: at });
  }

  private callFrom(workspaceId: string, command: SubmitCallCommand, now: Date): CallEntity {
    return {
      id: newId('call'),
      workspaceId,
      source: command.source,
      sourceCallId: command.source_call_id ?? null,
      sourceCompanyId: command.source_company_id ?? null,
      title: command.title ?? null,
      callDate: command.call_date ? new Date(command.call_date) : null,
      durationSeconds: command.duration_seconds ?? null,
      repName: command.rep_name ?? null,
      repEmail: command.rep_email ?? null,
      language: command.language ?? null,
      metadata: command.metadata ?? {},
      audioUrl: command.audio_url ?? null,
      webhookUrl: command.webhook_url ?? null,
      createdAt: now,
    };
  }

  private logLine(job: JobEntity, at: Date, eventType: string, from: JobStatus | null, to: JobStatus | null, message: string | null, sourceEventId: string | null): JobEventEntity {
    return { id: newId('jev'), jobId: job.id, workspaceId: job.workspaceId, at, eventType, fromStatus: from, toStatus: to, message, sourceEventId };
  }
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
    default:
      return null;
  }
}
