import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { idPattern } from '../ids';

export const JOB_STATUSES = ['queued', 'transcribing', 'analyzing', 'delivering', 'completed', 'failed', 'skipped'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export class JobIdParam {
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('job'), { message: 'job_id must be a job id (job_ followed by 26 characters)' })
  job_id: string;
}

export class JobStages {
  @ApiProperty({ format: 'date-time' })
  queued_at: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  transcribing_at: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  analyzing_at: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  delivering_at: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  completed_at: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
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
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why the job failed or was skipped' })
  status_reason: string | null;
  @ApiProperty({ enum: ['transcript', 'audio_url', 'audio_file'] })
  source: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  source_call_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  source_company_id: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  title: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true })
  metadata: Record<string, unknown>;
  @ApiProperty({ type: JobStages })
  stages: JobStages;
  @ApiProperty({ format: 'date-time' })
  created_at: string;
  @ApiProperty({ format: 'date-time' })
  updated_at: string;
}
