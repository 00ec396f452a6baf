import type {
  AlgorithmRunView,
  JobFailedEvent,
  JobRef,
  ScoringCompletedEvent,
  WebhookEventType,
} from '@callsight/contracts';

/** What a results payload holds beyond the compact event: the transcript and every run's whole output. */
export interface ResultMaterial {
  transcriptText: string;
  runs: Pick<AlgorithmRunView, 'run_id' | 'algorithm_id' | 'algorithm_version' | 'output'>[];
}

/** The native (Gensail-shaped) payload, in the Standard Webhooks envelope: `{ type, timestamp, data }`. */
export interface WebhookPayload {
  [key: string]: unknown;
  type: WebhookEventType;
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
    audio_duration_seconds: job.audioSeconds ?? null,
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

/** A call event in the native envelope: the call's fields, its outcome and what the event adds (an appointment, an emergency). */
export function callEventPayload(
  type: WebhookEventType,
  workspaceId: string,
  event: ScoringCompletedEvent,
  detail: { outcome: string | null; recordingUrl: string | null; extra: Record<string, unknown> },
  at: Date,
): WebhookPayload {
  return {
    type,
    timestamp: at.toISOString(),
    data: {
      workspace_id: workspaceId,
      ...jobFields(event.job),
      outcome: detail.outcome,
      recording_url: detail.recordingUrl,
      ...detail.extra,
    },
  };
}

/** An on-demand algorithm run, whole: what `GET /api/v1/algorithm-runs/{id}` shows, less the variables and metrics. */
export function algorithmRunPayload(workspaceId: string, run: AlgorithmRunView, at: Date): WebhookPayload {
  return {
    type: 'algorithm_run.completed',
    timestamp: at.toISOString(),
    data: {
      workspace_id: workspaceId,
      job_id: run.job_id,
      run_id: run.run_id,
      algorithm_id: run.algorithm_id,
      algorithm_version: run.algorithm_version,
      trigger: run.trigger,
      status: run.status,
      output: run.output,
      error: run.error,
      duration_ms: run.duration_ms,
      created_at: run.created_at,
    },
  };
}
