import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIsoTimestamp } from './iso-timestamp.validator';
import { idPattern } from '../ids';
import type { CallDirection, TitleSource } from '../events/job-events';

export const JOB_STATUSES = [
  'queued',
  'transcribing',
  'analyzing',
  'delivering',
  'completed',
  'failed',
  'skipped',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export class JobIdParam {
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('job'), { message: 'job_id must be a job id (job_ followed by 26 characters)' })
  job_id: string;
}

export class JobStages {
  @ApiProperty({ format: 'date-time' })
  queued_at: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  transcribing_at: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  analyzing_at: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  delivering_at: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  completed_at: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  failed_at: string | null;
}

export class JobView {
  @ApiProperty()
  job_id: string;
  @ApiProperty()
  call_id: string;
  @ApiProperty()
  workspace_id: string;
  @ApiProperty({ enum: JOB_STATUSES })
  status: JobStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why the job failed or was skipped' })
  status_reason: string | null;
  @ApiProperty({ description: '1 for the first run; grows with every retry' })
  attempt: number;
  @ApiProperty({ enum: ['transcript', 'audio_url', 'audio_file'] })
  source: string;
  @ApiProperty({ type: String, nullable: true })
  source_call_id: string | null;
  @ApiProperty({ type: String, nullable: true })
  source_company_id: string | null;
  @ApiProperty({ type: String, nullable: true })
  title: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  call_date: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The duration sent with the call' })
  duration_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 187.42,
    description:
      'The length of the recording in seconds as Callsight measured it (duration_seconds is what was sent ' +
      'with the call): the decoded audio, or the end of the last timed segment of a supplied transcript. ' +
      'Null until transcribed, and when nothing was measured (a supplied transcript without end times)',
  })
  audio_duration_seconds: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['provided', 'generated'],
    description: 'Which title to prefer: the one sent (provided) or a generated one; null for the default flow',
  })
  title_source: TitleSource | null;
  @ApiProperty({ type: String, nullable: true, enum: ['inbound', 'outbound'] })
  direction: CallDirection | null;
  @ApiProperty({ type: String, nullable: true })
  rep_name: string | null;
  @ApiProperty({ type: String, nullable: true })
  rep_email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'BCP 47 language tag sent with the call' })
  language: string | null;
  @ApiProperty({ type: String, nullable: true })
  from_number: string | null;
  @ApiProperty({ type: String, nullable: true })
  to_number: string | null;
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'The algorithms this call asked for; null for the workspace defaults',
  })
  algorithm_ids: string[] | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "This call's webhook URL, overriding the workspace endpoint",
  })
  webhook_url: string | null;
  @ApiProperty({
    description: 'Whether the call sent webhook_auth_header_name and its value (the value is never shown)',
  })
  webhook_auth: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The header sent with each delivery to webhook_url, if the call gave one',
  })
  webhook_auth_header_name: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The workspace configuration version the job was created with (0: the defaults); its runs use that version. Null for jobs from before configuration versions.',
  })
  config_version: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata: Record<string, unknown>;
  @ApiProperty({ type: JobStages })
  stages: JobStages;
  @ApiProperty({ format: 'date-time' })
  created_at: string;
  @ApiProperty({ format: 'date-time' })
  updated_at: string;
}

const commaList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

export const JOB_SORTS = ['created_at', '-created_at'] as const;

export class ListJobsQuery {
  @ApiPropertyOptional({
    description: 'Only jobs in these statuses (comma-separated)',
    example: 'completed,failed',
    type: String,
  })
  @IsOptional()
  @Transform(commaList)
  @ArrayMaxSize(JOB_STATUSES.length)
  @IsIn(JOB_STATUSES, { each: true })
  status?: JobStatus[];

  @ApiPropertyOptional({ format: 'date-time', description: 'Jobs submitted at or after this time' })
  @IsOptional()
  @IsIsoTimestamp()
  created_from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Jobs submitted before this time' })
  @IsOptional()
  @IsIsoTimestamp()
  created_to?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_call_id?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The company / organization id the calls came with' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_company_id?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The next_cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ enum: JOB_SORTS, default: '-created_at' })
  @IsOptional()
  @IsIn(JOB_SORTS)
  sort?: (typeof JOB_SORTS)[number];
}

export class JobPage {
  @ApiProperty({ type: [JobView] })
  data: JobView[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  next_cursor: string | null;
}

export class LookupJobQuery {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_call_id: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_company_id?: string;
}

export class JobLogEntry {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'transcription.completed' }) event: string;
  @ApiProperty({ enum: JOB_STATUSES, nullable: true, type: String }) from_status: JobStatus | null;
  @ApiProperty({ enum: JOB_STATUSES, nullable: true, type: String }) to_status: JobStatus | null;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty() attempt: number;
}

export class JobLogs {
  @ApiProperty() job_id: string;
  @ApiProperty({ type: [JobLogEntry] }) data: JobLogEntry[];
}

export const RETRY_MODES = ['requeue', 'redeliver', 'rerun'] as const;
export type RetryMode = (typeof RETRY_MODES)[number];

export class RetryJobRequest {
  @ApiPropertyOptional({
    enum: RETRY_MODES,
    default: 'requeue',
    description:
      'requeue: process the call again from the start; rerun: run the algorithms again on the existing transcript and deliver; redeliver: deliver the latest results again',
  })
  @IsOptional()
  @IsIn(RETRY_MODES)
  mode?: RetryMode;
}

export class RetryBySourceRequest extends IntersectionType(RetryJobRequest, LookupJobQuery) {}

export class SetJobStatusRequest {
  @ApiProperty({ enum: ['queued'], description: 'The only status a client may set: queued, to requeue a skipped job' })
  @IsIn(JOB_STATUSES)
  status: JobStatus;
}

/** `ingestion.cmd.retry`: by job id, or by source ids (the latest matching job). */
export class RetryJobCommand {
  @IsOptional()
  @Matches(idPattern('job'))
  jobId?: string;

  @IsOptional()
  @IsString()
  sourceCallId?: string;

  @IsOptional()
  @IsString()
  sourceCompanyId?: string;

  @IsIn(RETRY_MODES)
  mode: RetryMode;
}

/** `ingestion.cmd.set-status` */
export class SetJobStatusCommand {
  @Matches(idPattern('job'))
  jobId: string;

  @IsIn(JOB_STATUSES)
  status: JobStatus;
}

/** `ingestion.q.jobs` */
export class ListJobsCommand extends ListJobsQuery {}

/** `ingestion.q.job-lookup` */
export class LookupJobCommand extends LookupJobQuery {}
