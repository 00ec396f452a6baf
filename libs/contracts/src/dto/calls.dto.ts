import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsNumber, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FlatMetadata, IsFlatMetadata } from './flat-metadata.validator';
import type { JobStatus } from './jobs.dto';

/** Metadata a caller may attach to any submitted call. */
export class CallMetadataFields {
  @ApiPropertyOptional({ description: 'The call id in the system the call comes from', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_call_id?: string;

  @ApiPropertyOptional({ description: 'The company / organization id in the system the call comes from', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_company_id?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the call took place (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  call_date?: string;

  @ApiPropertyOptional({ description: 'Call length in seconds', minimum: 0, maximum: 86400 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(86400)
  duration_seconds?: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  rep_name?: string;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  rep_email?: string;

  @ApiPropertyOptional({ description: 'BCP 47 language tag of the call', example: 'en-US' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({
    description: 'Flat key/value pairs (at most 50 keys; strings up to 1000 characters)',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], nullable: true },
    example: { source: 'hubspot', recordId: '12345' },
  })
  @IsOptional()
  @IsFlatMetadata()
  metadata?: FlatMetadata;

  @ApiPropertyOptional({ description: 'Deliver this call\'s results here instead of the workspace endpoint', format: 'uri' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  webhook_url?: string;
}

export const MAX_TRANSCRIPT_CHARS = 1_000_000;

export class SubmitTranscriptRequest extends CallMetadataFields {
  @ApiProperty({
    description: 'The call transcript, one speaker turn per line ("Speaker: text")',
    example: 'Rep: Thanks for joining.\nCustomer: Happy to be here.',
    maxLength: MAX_TRANSCRIPT_CHARS,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TRANSCRIPT_CHARS)
  transcript: string;
}

export class SubmissionAccepted {
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  job_id: string;

  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' })
  call_id: string;

  @ApiProperty({ enum: ['queued', 'skipped'] })
  status: JobStatus;
}
