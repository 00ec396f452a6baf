import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCodes,
  EventTypes,
  JobRetryRequestedEvent,
  JobView,
  RetryJobCommand,
  RetryMode,
  SetJobStatusCommand,
  WorkspaceContext,
} from '@callsight/contracts';
import { createEvent, Outbox } from '@callsight/messaging';
import { CallEntity, JobEntity, JobEventEntity } from './job.entity';
import { RETRY_RESTART, retryRefusal, statusChangeRefusal } from './job-state-machine';
import { jobCreatedOf, jobViewOf, logLineOf } from './job-ref';
import { JobQueriesService } from './job-queries.service';

const RETRY_EVENTS = {
  requeue: EventTypes.jobRequeued,
  rerun: EventTypes.jobRerunRequested,
  redeliver: EventTypes.jobRedeliveryRequested,
} as const;

/** Retries finished jobs (requeue, rerun, redeliver) and requeues skipped ones, as a new attempt. */
@Injectable()
export class JobRetriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: JobQueriesService,
  ) {}

  async retry(context: WorkspaceContext, command: RetryJobCommand): Promise<JobView> {
    const jobId = command.jobId ?? (await this.jobIdBySource(context, command));
    return this.restart(context, jobId, command.mode);
  }

  async setStatus(context: WorkspaceContext, command: SetJobStatusCommand): Promise<JobView> {
    const job = await this.dataSource
      .getRepository(JobEntity)
      .findOneBy({ id: command.jobId, workspaceId: context.workspaceId });
    if (!job) throw DomainError.notFound(`Job ${command.jobId}`);
    const refusal = statusChangeRefusal(job.status, command.status);
    if (refusal) throw new DomainError(ErrorCodes.conflict, refusal);
    return this.restart(context, job.id, 'requeue');
  }

  private async restart(context: WorkspaceContext, jobId: string, mode: RetryMode): Promise<JobView> {
    const view = await this.dataSource.transaction(async (manager) => {
      const job = await manager.findOne(JobEntity, {
        where: { id: jobId, workspaceId: context.workspaceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!job) throw DomainError.notFound(`Job ${jobId}`);
      const refusal = retryRefusal(job.status, job, mode);
      if (refusal) throw new DomainError(ErrorCodes.conflict, refusal);
      const call = await manager.findOneByOrFail(CallEntity, { id: job.callId });
      const restarted = await this.startAttempt(manager, job, mode);
      const data: JobRetryRequestedEvent = { ...jobCreatedOf(call, restarted), mode };
      const event = createEvent(RETRY_EVENTS[mode], job.workspaceId, data, context.traceparent);
      await manager.insert(
        JobEventEntity,
        logLineOf(
          restarted,
          restarted.updatedAt,
          event.type,
          job.status,
          restarted.status,
          `retry (${mode}) started attempt ${restarted.attempt}`,
          event.id,
        ),
      );
      await this.outbox.add(manager, [event]);
      return jobViewOf(restarted, call);
    });
    this.outbox.nudge();
    return view;
  }

  private async startAttempt(manager: EntityManager, job: JobEntity, mode: RetryMode): Promise<JobEntity> {
    const now = new Date();
    const restarted: JobEntity = {
      ...job,
      attempt: job.attempt + 1,
      status: RETRY_RESTART[mode].status,
      statusReason: null,
      attemptStartedAt: now,
      updatedAt: now,
      completedAt: null,
      failedAt: null,
      watchdogRedrives: 0,
      ...(mode === 'requeue' ? { queuedAt: now, transcribingAt: null, analyzingAt: null, deliveringAt: null } : {}),
      ...(mode === 'rerun' ? { analyzingAt: now, deliveringAt: null } : {}),
      ...(mode === 'redeliver' ? { deliveringAt: now } : {}),
    };
    await manager.save(JobEntity, restarted);
    return restarted;
  }

  private async jobIdBySource(context: WorkspaceContext, command: RetryJobCommand): Promise<string> {
    if (!command.sourceCallId)
      throw new DomainError(ErrorCodes.validationFailed, 'Name the job by id or by source_call_id', [
        { field: 'source_call_id', message: 'source_call_id is required' },
      ]);
    const job = await this.queries.latestBySource(context.workspaceId, command.sourceCallId, command.sourceCompanyId);
    if (!job) throw DomainError.notFound(`A job for source_call_id "${command.sourceCallId}"`);
    return job.id;
  }
}
