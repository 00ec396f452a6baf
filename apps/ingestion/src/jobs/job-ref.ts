import type {
  JobCreatedEvent,
  JobLogEntry,
  JobRef,
  JobStatus,
  JobView,
  SealedWebhookAuth,
  SuppliedTranscriptRedaction,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import type { CallEntity, JobEntity, JobEventEntity } from './job.entity';

/** What starts a job's processing, as job.created and every event that restarts a stage carry it. */
export function jobCreatedOf(
  call: CallEntity,
  job: Pick<JobEntity, 'id' | 'createdAt' | 'attempt' | 'configVersion' | 'audioSeconds'>,
): JobCreatedEvent {
  return {
    job: jobRefOf(call, job),
    source: call.source,
    transcript: call.transcript,
    suppliedRedaction: suppliedRedactionOf(call),
    audioUrl: call.audioUrl,
    audioKey: call.audioKey,
    language: call.language,
  };
}

/** What redaction at submission did to the call's transcript. */
function suppliedRedactionOf(call: CallEntity): SuppliedTranscriptRedaction | null {
  if (!call.transcriptFormat || !call.transcriptRedaction) return null;
  return { format: call.transcriptFormat, redaction: call.transcriptRedaction };
}

export function jobRefOf(
  call: CallEntity,
  job: Pick<JobEntity, 'id' | 'createdAt' | 'attempt' | 'configVersion' | 'audioSeconds'>,
): JobRef {
  return {
    jobId: job.id,
    callId: call.id,
    sourceCallId: call.sourceCallId,
    sourceCompanyId: call.sourceCompanyId,
    title: call.title,
    callDate: call.callDate?.toISOString() ?? null,
    durationSeconds: call.durationSeconds,
    audioSeconds: job.audioSeconds,
    metadata: call.metadata,
    webhookUrl: call.webhookUrl,
    webhookAuth: webhookAuthOf(call),
    createdAt: job.createdAt.toISOString(),
    attempt: job.attempt,
    algorithmIds: call.algorithmIds,
    titleSource: call.titleSource,
    repName: call.repName,
    repEmail: call.repEmail,
    language: call.language,
    direction: call.direction,
    fromNumber: call.fromNumber,
    toNumber: call.toNumber,
    configVersion: job.configVersion,
    timeZone: call.timeZone,
  };
}

/** The submission's own auth header, still sealed: the webhook service opens it when it sends. */
function webhookAuthOf(call: CallEntity): SealedWebhookAuth | null {
  if (!call.webhookAuthHeaderName || !call.webhookAuthSealed) return null;
  return { name: call.webhookAuthHeaderName, sealed: call.webhookAuthSealed };
}

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

export function jobViewOf(job: JobEntity, call: CallEntity): JobView {
  return {
    job_id: job.id,
    call_id: call.id,
    workspace_id: job.workspaceId,
    status: job.status,
    status_reason: job.statusReason,
    attempt: job.attempt,
    source: call.source,
    source_call_id: call.sourceCallId,
    source_company_id: call.sourceCompanyId,
    title: call.title,
    title_source: call.titleSource,
    call_date: iso(call.callDate),
    duration_seconds: call.durationSeconds,
    audio_duration_seconds: job.audioSeconds,
    direction: call.direction,
    rep_name: call.repName,
    rep_email: call.repEmail,
    language: call.language,
    from_number: call.fromNumber,
    to_number: call.toNumber,
    algorithm_ids: call.algorithmIds,
    webhook_url: call.webhookUrl,
    webhook_auth: call.webhookAuthHeaderName !== null,
    webhook_auth_header_name: call.webhookAuthHeaderName,
    config_version: job.configVersion,
    metadata: call.metadata,
    stages: {
      queued_at: job.queuedAt.toISOString(),
      transcribing_at: iso(job.transcribingAt),
      analyzing_at: iso(job.analyzingAt),
      delivering_at: iso(job.deliveringAt),
      completed_at: iso(job.completedAt),
      failed_at: iso(job.failedAt),
    },
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}

export function logLineOf(
  job: Pick<JobEntity, 'id' | 'workspaceId' | 'attempt'>,
  at: Date,
  eventType: string,
  from: JobStatus | null,
  to: JobStatus | null,
  message: string | null,
  sourceEventId: string | null,
): JobEventEntity {
  return {
    id: newId('jev'),
    jobId: job.id,
    workspaceId: job.workspaceId,
    at,
    eventType,
    fromStatus: from,
    toStatus: to,
    message,
    sourceEventId,
    attempt: job.attempt,
  };
}

export const logEntryOf = (line: JobEventEntity): JobLogEntry => ({
  at: line.at.toISOString(),
  event: line.eventType,
  from_status: line.fromStatus,
  to_status: line.toStatus,
  message: line.message,
  attempt: line.attempt,
});
