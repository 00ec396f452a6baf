import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  CallDirection,
  CallSource,
  JobStatus,
  SuppliedTranscriptFormat,
  TitleSource,
  TranscriptRedaction,
} from '@callsight/contracts';

@Entity({ name: 'calls' })
export class CallEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text')
  source: CallSource;

  @Column('text', { name: 'source_call_id', nullable: true })
  sourceCallId: string | null;

  @Column('text', { name: 'source_company_id', nullable: true })
  sourceCompanyId: string | null;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('timestamptz', { name: 'call_date', nullable: true })
  callDate: Date | null;

  @Column('double precision', { name: 'duration_seconds', nullable: true })
  durationSeconds: number | null;

  @Column('text', { name: 'rep_name', nullable: true })
  repName: string | null;

  @Column('text', { name: 'rep_email', nullable: true })
  repEmail: string | null;

  @Column('text', { nullable: true })
  language: string | null;

  @Column('jsonb')
  metadata: Record<string, string | number | boolean | null>;

  @Column('text', { name: 'audio_url', nullable: true })
  audioUrl: string | null;

  @Column('text', { name: 'webhook_url', nullable: true })
  webhookUrl: string | null;

  /** The header the submission asked to be sent to its webhook_url, and its value as the gateway sealed it. */
  @Column('text', { name: 'webhook_auth_header_name', nullable: true })
  webhookAuthHeaderName: string | null;

  @Column('text', { name: 'webhook_auth_sealed', nullable: true })
  webhookAuthSealed: string | null;

  /**
   * A supplied transcript, kept so a requeue can process the call again: as sent, or, when the
   * workspace redacts, its redacted segments as JSON (then the two columns below are set).
   */
  @Column('text', { nullable: true })
  transcript: string | null;

  /** The format a transcript redacted at submission arrived in. */
  @Column('text', { name: 'transcript_format', nullable: true })
  transcriptFormat: SuppliedTranscriptFormat | null;

  /** What redaction at submission replaced in the supplied transcript. */
  @Column('jsonb', { name: 'transcript_redaction', nullable: true })
  transcriptRedaction: TranscriptRedaction | null;

  @Column('text', { nullable: true })
  direction: CallDirection | null;

  @Column('text', { name: 'from_number', nullable: true })
  fromNumber: string | null;

  @Column('text', { name: 'to_number', nullable: true })
  toNumber: string | null;

  @Column('text', { name: 'algorithm_ids', array: true, nullable: true })
  algorithmIds: string[] | null;

  /** Where uploaded audio is stored (see the audio storage). */
  @Column('text', { name: 'audio_key', nullable: true })
  audioKey: string | null;

  /** Whose title to prefer: the caller's (`provided`) or a generated one (`generated`, the default). */
  @Column('text', { name: 'title_source', nullable: true })
  titleSource: TitleSource | null;

  /**
   * The workspace's time zone (`processing.timezone`) in the configuration version the call was accepted
   * under, kept so a later change moves only new calls; null for calls from before (counted in UTC).
   */
  @Column('text', { name: 'time_zone', nullable: true })
  timeZone: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

@Entity({ name: 'jobs' })
@Index(['workspaceId', 'createdAt'])
export class JobEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text', { name: 'call_id' })
  callId: string;

  @Column('text')
  status: JobStatus;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  @Column('integer')
  attempt: number;

  @Column('timestamptz', { name: 'queued_at' })
  queuedAt: Date;

  /** When the current attempt began: the job timeout counts from here. */
  @Column('timestamptz', { name: 'attempt_started_at' })
  attemptStartedAt: Date;

  @Column('timestamptz', { name: 'transcribing_at', nullable: true })
  transcribingAt: Date | null;

  @Column('timestamptz', { name: 'analyzing_at', nullable: true })
  analyzingAt: Date | null;

  @Column('timestamptz', { name: 'delivering_at', nullable: true })
  deliveringAt: Date | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;

  @Column('timestamptz', { name: 'failed_at', nullable: true })
  failedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  /** When the job last changed or was re-driven: the stage watchdog measures silence from here. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  /** Re-drives of the current stage by the watchdog since the job last made progress. */
  @Column('integer', { name: 'watchdog_redrives', default: 0 })
  watchdogRedrives: number;

  /** The workspace configuration version the job was created with (0: the defaults); null for jobs from before versions. */
  @Column('integer', { name: 'config_version', nullable: true })
  configVersion: number | null;

  /**
   * What the `missed_call` algorithm said of the latest analysed attempt (scoring.completed); null before
   * that, or when it did not run. The KestrelVoice read API's `missed` status.
   */
  @Column('boolean', { nullable: true })
  missed: boolean | null;

  /**
   * The recording's measured length in seconds, from the latest transcription.completed (the job
   * ref transcription forwards); null before that, or when nothing was measured. A requeue keeps the
   * previous attempt's value until its own transcription.
   */
  @Column('double precision', { name: 'audio_seconds', nullable: true })
  audioSeconds: number | null;
}

/** One line of a job's history: every status change and every stage event, with its reason. */
@Entity({ name: 'job_events' })
export class JobEventEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('timestamptz')
  at: Date;

  @Column('text', { name: 'event_type' })
  eventType: string;

  @Column('text', { name: 'from_status', nullable: true })
  fromStatus: JobStatus | null;

  @Column('text', { name: 'to_status', nullable: true })
  toStatus: JobStatus | null;

  @Column('text', { nullable: true })
  message: string | null;

  @Column('text', { name: 'source_event_id', nullable: true })
  sourceEventId: string | null;

  @Column('integer')
  attempt: number;
}
