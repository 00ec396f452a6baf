import type { SuppliedTranscriptFormat, TranscriptRedaction, TranscriptSegment } from '../dto/transcript';
import type { SealedWebhookAuth } from '../dto/webhook-auth.dto';

/** What every stage needs to know about the job it works on; copied forward from event to event. */
export interface JobRef {
  jobId: string;
  callId: string;
  sourceCallId: string | null;
  sourceCompanyId: string | null;
  title: string | null;
  callDate: string | null;
  /** The duration submitted with the call (metadata, not measured). */
  durationSeconds: number | null;
  /**
   * The measured length of the recording in seconds: null until transcribed, or when nothing was
   * measured (a supplied transcript without timings). Absent on events from before.
   */
  audioSeconds?: number | null;
  metadata: Record<string, string | number | boolean | null>;
  webhookUrl: string | null;
  /**
   * A header the submission asked to be sent to its `webhookUrl`, the value sealed (only the webhook
   * service opens it). Null or absent: none (and on events from before).
   */
  webhookAuth?: SealedWebhookAuth | null;
  /** When the job was accepted; rollups count a job on this day. */
  createdAt: string;
  /** Starts at 1 and grows with every retry; events of an earlier attempt no longer move the job. */
  attempt: number;
  /** The algorithms this call asked for; null for the workspace defaults. */
  algorithmIds: string[] | null;
  /** Kendo's title-selection flags: `provided` keeps the caller's title over a generated one; null for the default flow. */
  titleSource: TitleSource | null;
  repName: string | null;
  repEmail: string | null;
  language: string | null;
  direction: CallDirection | null;
  fromNumber: string | null;
  toNumber: string | null;
  /** The workspace configuration version the job was created with (0: the defaults); null for jobs from before versions. */
  configVersion: number | null;
  /**
   * The IANA time zone the workspace counted days in when the call was accepted: statistics count the
   * job on its day there. Absent or null: UTC.
   */
  timeZone?: string | null;
}

/**
 * How long the call lasted, as well as Callsight knows: the recording as measured, else the duration
 * submitted with it (a supplied transcript without timings, a job not yet transcribed).
 */
export const callDurationOf = (job: Pick<JobRef, 'audioSeconds' | 'durationSeconds'>): number | null =>
  job.audioSeconds ?? job.durationSeconds;

export type TitleSource = 'provided' | 'generated';
export type CallDirection = 'inbound' | 'outbound';

export type CallSource = 'transcript' | 'audio_url' | 'audio_file';

export interface JobCreatedEvent {
  job: JobRef;
  source: CallSource;
  transcript: string | null;
  /**
   * Set when the workspace redacts and the supplied transcript was redacted at submission, so the raw
   * text was never stored nor sent: `transcript` then holds the redacted segments as a JSON array,
   * and this says the format it came in and what was replaced. Absent on events from before.
   */
  suppliedRedaction?: SuppliedTranscriptRedaction | null;
  audioUrl: string | null;
  /** Where uploaded audio is kept in the audio storage. */
  audioKey: string | null;
  language: string | null;
}

export interface SuppliedTranscriptRedaction {
  format: SuppliedTranscriptFormat;
  redaction: TranscriptRedaction;
}

/** job.requeued, job.rerun_requested and job.redelivery_requested. */
export interface JobRetryRequestedEvent extends JobCreatedEvent {
  mode: 'requeue' | 'rerun' | 'redeliver';
}

export interface JobSkippedEvent {
  job: JobRef;
  reason: string;
}

export interface JobCompletedEvent {
  job: JobRef;
  completedAt: string;
  /** When the finishing attempt entered each stage, as the job records them; absent on events from before. */
  stages?: JobStageTimes;
}

/** A stage stamp older than `attemptStartedAt` belongs to an earlier attempt (a rerun skips transcription). */
export interface JobStageTimes {
  attemptStartedAt: string;
  transcribingAt: string | null;
  analyzingAt: string | null;
  deliveringAt: string | null;
}

export interface JobFailedEvent {
  job: JobRef;
  stage: string;
  reason: string;
  failedAt: string;
}

export interface TranscriptionStartedEvent {
  job: JobRef;
  engine: string;
}

export interface TranscriptionCompletedEvent {
  job: JobRef;
  transcriptId: string;
  engine: string;
  model?: string | null;
  /** Milliseconds per step and the real-time factor, for recognised audio. */
  timings?: Record<string, number> | null;
  segments: TranscriptSegment[];
  text: string;
  /**
   * For recognised audio, the decoded recording's length; for a supplied transcript, the duration
   * submitted with the call (nothing is measured). The measured length is `job.audioSeconds`.
   */
  durationSeconds: number | null;
  /** Set when the workspace redacts personal data: the segments and text are already redacted. */
  redaction?: TranscriptRedaction | null;
}

export interface StageFailedEvent {
  job: JobRef;
  code: string;
  reason: string;
}

/**
 * Failure codes a client or operator acts on rather than reads (they appear in a failed job's
 * `status_reason` as `<stage> failed (<code>): <reason>`).
 */
export const StageFailureCodes = {
  /** The deployment cannot run the job's speech engine (not installed or not configured); the reason says how to fix it. */
  speechEngineUnavailable: 'speech_engine_unavailable',
} as const;

export interface AlgorithmRunResult {
  runId: string;
  algorithmId: string;
  algorithmVersion: number;
  /** The output when it is compact; null when it is larger (a long summary): read it with `scoring.q.runs`. */
  output: Record<string, unknown> | null;
}

/** Outputs up to this size travel in scoring.completed; larger ones are read from the scoring service. */
export const MAX_COMPACT_OUTPUT_BYTES = 4 * 1024;

/** Room for outputs in one scoring.completed, well under MAX_EVENT_BYTES whatever the job's metadata. */
export const MAX_COMPACT_OUTPUTS_BYTES = 128 * 1024;

/** Run ids and compact outputs only: a long transcript or summary must not make the event too big for the bus. */
export interface ScoringCompletedEvent {
  job: JobRef;
  transcriptId: string;
  runs: AlgorithmRunResult[];
}

/** One on-demand run, by id: its output may be large, so receivers read it from the scoring service. */
export interface AlgorithmRunCompletedEvent {
  jobId: string;
  runId: string;
  algorithmId: string;
  algorithmVersion: number;
  status: 'succeeded' | 'failed' | 'skipped';
}

export interface WebhookDeliveredEvent {
  job: JobRef;
  deliveryId: string;
  url: string;
  attempts: number;
  responseStatus: number;
}

export interface WebhookFailedEvent {
  job: JobRef;
  deliveryId: string;
  url: string;
  attempts: number;
  reason: string;
}

/** A failed attempt of a result delivery that will be tried again, so the job can say why it is still delivering. */
export interface WebhookAttemptFailedEvent {
  job: JobRef;
  deliveryId: string;
  url: string;
  /** Which attempt failed, from 1, of how many the retry schedule allows. */
  attempt: number;
  maxAttempts: number;
  reason: string;
  /** The endpoint's HTTP status, when it answered at all. */
  responseStatus: number | null;
  nextAttemptAt: string;
}

export interface WebhookSkippedEvent {
  job: JobRef;
  reason: string;
}
