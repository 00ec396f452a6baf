import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  DuplicatePolicy,
  ErrorCodes,
  EventEnvelope,
  EventTypes,
  JobSkippedEvent,
  SubmissionAccepted,
  SubmitCallCommand,
  SubmitCallReply,
  VersionedWorkspaceConfig,
  WorkspaceContext,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox } from '@callsight/messaging';
import { CallEntity, JobEntity, JobEventEntity } from '../jobs/job.entity';
import { jobCreatedOf, jobRefOf, logLineOf } from '../jobs/job-ref';
import { WorkspaceConfigService } from '../workspace-config/workspace-config.service';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { keptTranscript } from './supplied-transcript';

/** Accepts calls: call + job + event in one transaction, once per Idempotency-Key, with the workspace's duplicate policy. */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly config: WorkspaceConfigService,
  ) {}

  async submit(context: WorkspaceContext, command: SubmitCallCommand): Promise<SubmitCallReply> {
    let created = false;
    const reply = await this.dataSource.transaction(async (manager) => {
      const earlier = await this.earlierResponse(manager, context.workspaceId, command);
      if (earlier) return { accepted: earlier, replayed: true };
      const existing = await this.jobWithGivenId(manager, context.workspaceId, command);
      if (existing) return { accepted: existing, replayed: false };
      const accepted = await this.accept(manager, context, command);
      created = true;
      if (command.idempotency_key) {
        await manager.insert(IdempotencyKeyEntity, {
          workspaceId: context.workspaceId,
          key: command.idempotency_key,
          requestHash: command.request_hash ?? '',
          response: { ...accepted },
          createdAt: new Date(),
        });
      }
      return { accepted, replayed: false };
    });
    if (created) this.outbox.nudge();
    return reply;
  }

  /**
   * The job already made for this job_id, when the sender re-sends a submission whose reply it lost.
   * A lock on the id makes a re-send wait for the first one's transaction, so it sees its job rather than inserting beside it.
   */
  private async jobWithGivenId(
    manager: EntityManager,
    workspaceId: string,
    command: SubmitCallCommand,
  ): Promise<SubmissionAccepted | null> {
    if (!command.job_id) return null;
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`job-id:${command.job_id}`]);
    const job = await manager.findOneBy(JobEntity, { id: command.job_id, workspaceId });
    if (!job) return null;
    return { job_id: job.id, call_id: job.callId, status: job.status === 'skipped' ? 'skipped' : 'queued' };
  }

  /** Deletes keys older than `ttlSeconds`, a bounded batch at a time; resolves to how many went. */
  async forgetIdempotencyKeys(ttlSeconds: number, batch = 1000): Promise<number> {
    const [, deleted] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM ingestion.idempotency_keys WHERE (workspace_id, key) IN (
         SELECT workspace_id, key FROM ingestion.idempotency_keys WHERE created_at < now() - make_interval(secs => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [ttlSeconds, batch],
    );
    return deleted;
  }

  /** Requests with the same key are serialised by an advisory lock, so a concurrent retry waits and then sees the first one's response. */
  private async earlierResponse(
    manager: EntityManager,
    workspaceId: string,
    command: SubmitCallCommand,
  ): Promise<SubmissionAccepted | null> {
    if (!command.idempotency_key) return null;
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `idempotency:${workspaceId}:${command.idempotency_key}`,
    ]);
    const stored = await manager.findOneBy(IdempotencyKeyEntity, { workspaceId, key: command.idempotency_key });
    if (!stored) return null;
    if (stored.requestHash !== (command.request_hash ?? '')) {
      throw new DomainError(
        ErrorCodes.idempotencyKeyReused,
        'This Idempotency-Key was already used with a different request; use a new key for a new request',
      );
    }
    return stored.response as unknown as SubmissionAccepted;
  }

  private async accept(
    manager: EntityManager,
    context: WorkspaceContext,
    command: SubmitCallCommand,
  ): Promise<SubmissionAccepted> {
    const now = new Date();
    // Read once, so the duplicate policy, the redaction, the time zone and the job's version are one version's.
    const config = await this.config.resolved(context.workspaceId, manager);
    const call = callFrom(context.workspaceId, command, config, now);
    const earlier = await this.duplicateOf(manager, context.workspaceId, command, config);
    const skip = earlier?.policy === 'skip';
    const job: JobEntity = {
      id: command.job_id ?? newId('job'),
      workspaceId: context.workspaceId,
      callId: call.id,
      status: skip ? 'skipped' : 'queued',
      statusReason: skip ? `duplicate of ${earlier.jobId} (same source_call_id "${command.source_call_id}")` : null,
      attempt: 1,
      queuedAt: now,
      attemptStartedAt: now,
      transcribingAt: null,
      analyzingAt: null,
      deliveringAt: null,
      completedAt: null,
      failedAt: null,
      missed: null,
      audioSeconds: null,
      createdAt: now,
      updatedAt: now,
      watchdogRedrives: 0,
      configVersion: config.version,
    };
    const event = this.eventFor(job, call, context);
    await manager.insert(CallEntity, call);
    await manager.insert(JobEntity, job);
    await manager.insert(
      JobEventEntity,
      logLineOf(job, now, event.type, null, job.status, job.statusReason ?? acceptedReason(command, earlier), event.id),
    );
    await this.outbox.add(manager, [event]);
    return { job_id: job.id, call_id: call.id, status: job.status };
  }

  private eventFor(job: JobEntity, call: CallEntity, context: WorkspaceContext): EventEnvelope {
    const ref = jobRefOf(call, job);
    if (job.status === 'skipped')
      return createEvent<JobSkippedEvent>(
        EventTypes.jobSkipped,
        job.workspaceId,
        { job: ref, reason: job.statusReason ?? 'skipped' },
        context.traceparent,
      );
    return createEvent(EventTypes.jobCreated, job.workspaceId, jobCreatedOf(call, job), context.traceparent);
  }

  /**
   * The earlier job of the same source call, if any. An advisory lock on the source ids makes two
   * concurrent submissions of one call take turns, so the second sees the first. Failed and skipped
   * jobs do not count: sending a call again after a failure is how a client asks for another try.
   */
  private async duplicateOf(
    manager: EntityManager,
    workspaceId: string,
    command: SubmitCallCommand,
    { ingestion }: VersionedWorkspaceConfig,
  ): Promise<EarlierSubmission | null> {
    if (!command.source_call_id) return null;
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `source-call:${workspaceId}:${command.source_company_id ?? ''}:${command.source_call_id}`,
    ]);
    const [earlier] = await manager.query<{ id: string }[]>(
      `SELECT j.id FROM ingestion.jobs j JOIN ingestion.calls c ON c.id = j.call_id
        WHERE c.workspace_id = $1 AND c.source_call_id = $2 AND c.source_company_id IS NOT DISTINCT FROM $3 AND j.status NOT IN ('skipped', 'failed')
        ORDER BY j.created_at LIMIT 1`,
      [workspaceId, command.source_call_id, command.source_company_id ?? null],
    );
    return earlier ? { jobId: earlier.id, policy: ingestion.duplicate_policy } : null;
  }
}

interface EarlierSubmission {
  jobId: string;
  policy: DuplicatePolicy;
}

function acceptedReason(command: SubmitCallCommand, earlier: EarlierSubmission | null): string {
  const accepted = `accepted from ${command.source}`;
  if (!earlier) return accepted;
  return `${accepted}; source_call_id "${command.source_call_id}" was already submitted as ${earlier.jobId}, processed again (duplicate_policy process)`;
}

function callFrom(
  workspaceId: string,
  command: SubmitCallCommand,
  config: VersionedWorkspaceConfig,
  now: Date,
): CallEntity {
  const supplied =
    command.source === 'transcript' && command.transcript ? keptTranscript(command.transcript, config) : null;
  return {
    id: command.call_id ?? newId('call'),
    workspaceId,
    source: command.source,
    sourceCallId: command.source_call_id ?? null,
    sourceCompanyId: command.source_company_id ?? null,
    title: command.title ?? null,
    titleSource: command.title_source ?? null,
    callDate: command.call_date ? new Date(command.call_date) : null,
    durationSeconds: command.duration_seconds ?? null,
    repName: command.rep_name ?? null,
    repEmail: command.rep_email ?? null,
    language: command.language ?? null,
    direction: command.direction ?? null,
    fromNumber: command.from_number ?? null,
    toNumber: command.to_number ?? null,
    algorithmIds: command.algorithm_ids ?? null,
    metadata: command.metadata ?? {},
    audioUrl: command.audio_url ?? null,
    audioKey: command.audio_key ?? null,
    transcript: supplied?.transcript ?? null,
    transcriptFormat: supplied?.suppliedRedaction?.format ?? null,
    transcriptRedaction: supplied?.suppliedRedaction?.redaction ?? null,
    webhookUrl: command.webhook_url ?? null,
    webhookAuthHeaderName: command.webhook_auth?.name ?? null,
    webhookAuthSealed: command.webhook_auth?.sealed ?? null,
    timeZone: config.processing.timezone,
    createdAt: now,
  };
}
