import type { JobRef, JobView, JobStatus } from '@callsight/contracts';
import type { CallEntity, JobEntity } from './job.entity';

export function jobRefOf(call: CallEntity, job: Pick<JobEntity, 'id' | 'createdAt'>): JobRef {
  return {
    jobId: job.id,
    callId: call.id,
    sourceCallId: call.sourceCallId,
    sourceCompanyId: call.sourceCompanyId,
    title: call.title,
    callDate: call.callDate?.toISOString() ?? null,
    durationSeconds: call.durationSeconds,
    metadata: call.metadata,
    webhookUrl: call.webhookUrl,
    createdAt: job.createdAt.toISOString(),
  };
}

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

export function jobViewOf(job: JobEntity, call: CallEntity): JobView {
  return {
    job_id: job.id,
    call_id: call.id,
    workspace_id: job.workspaceId,
    status: job.status as JobStatus,
    status_reason: job.statusReason,
    source: call.source,
    source_call_id: call.sourceCallId,
    source_company_id: call.sourceCompanyId,
    title: call.title,
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
