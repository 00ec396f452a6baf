import type { AlgorithmRunView, JobFailedEvent, JobRef, ScoringCompletedEvent } from '@callsight/contracts';

/** What a results payload holds beyond the compact event: the transcript and every run's whole output. */
export interface ResultMaterial {
  transcriptText: string;
  runs: Pick<AlgorithmRunView, 'run_id' | 'algorithm_id' | 'algorithm_version' | 'output'>[];
}

/** The native (Gensail-shaped) payload, in the Standard Webhooks envelope: `{ type, timestamp, data }`. */
export interface WebhookPayload {
  [key: string]: unknown;
  type: 'job.completed' | 'job.failed';
  timestamp: string;
  data: Record<string, unknown>;
}

function jobFields(job: JobRef): Record<string, unknown> {
  return {
    job_id: job.jobId,
    call_id: job.callId,
    source_call_id: job.sourceCallId,
    source_company_id: job.sourceCompanyId,
    title: job.title,
    title_source: job.titleSource,
    call_date: job.callDate,
    duration_seconds: job.durationSeconds,
    direction: job.direction,
    rep_name: job.repName,
    rep_email: job.repEmail,
    language: job.language,
    from_number: job.fromNumber,
    to_number: job.toNumber,
    metadata: job.metadata,
    created_at: job.createdAt,
  };
}

export function resultPayload(
  workspaceId: string,
  event: ScoringCompletedEvent,
  material: ResultMaterial,
  at: Date,
  recordingUrl: string | null,
): WebhookPayload {
  return {
    type: 'job.completed',
    timestamp: at.toISOString(),
    data: {
      workspace_id: workspaceId,
      ...jobFields(event.job),
      status: 'completed',
      transcript: material.transcriptText,
      results: material.runs.map((run) => ({
        run_id: run.run_id,
        algorithm_id: run.algorithm_id,
        algorithm_version: run.algorithm_version,
        output: run.output ?? {},
      })),
      recording_url: recordingUrl,
    },
  };
}

export function failurePayload(workspaceId: string, event: JobFailedEvent, at: Date): WebhookPayload {
  return {
    type: 'job.failed',
    timestamp: at.toISOString(),
    data: {
      workspace_id: workspaceId,
      ...jobFields(event.job),
      status: 'failed',
      failed_stage: event.stage,
      reason: event.reason,
      failed_at: event.failedAt,
    },
  };
}
