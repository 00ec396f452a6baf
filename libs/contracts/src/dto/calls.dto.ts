import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALGORITHM_ID_MESSAGE, ALGORITHM_ID_PATTERN } from './algorithms.dto';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsIsoTimestamp } from './iso-timestamp.validator';
import { FlatMetadata, IsFlatMetadata } from './flat-metadata.validator';
import type { JobStatus } from './jobs.dto';

const PHONE_NUMBER = /^\+?[0-9][0-9 ().-]{2,30}$/;

/** Metadata a caller may attach to any submitted call. */
export class CallMetadataFields {
  @ApiPropertyOptional({ description: 'The call id in the system the call comes from', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  source_call_id?: string;

  @ApiPropertyOptional({
    description: 'The company / organization id in the system the call comes from',
    maxLength: 200,
  })
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
  @IsIsoTimestamp()
  call_date?: string;

  @ApiPropertyOptional({ description: 'Call length in seconds', minimum: 0, maximum: 86400 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'duration_seconds must be a finite number' })
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

  @ApiPropertyOptional({ enum: ['inbound', 'outbound'] })
  @IsOptional()
  @IsIn(['inbound', 'outbound'])
  direction?: 'inbound' | 'outbound';

  @ApiPropertyOptional({ description: 'The calling number (E.164 recommended)', example: '+15551234567' })
  @IsOptional()
  @Matches(PHONE_NUMBER, {
    message: 'from_number must be a phone number (digits, optionally with +, spaces, dashes, dots or parentheses)',
  })
  from_number?: string;

  @ApiPropertyOptional({ description: 'The called number (E.164 recommended)', example: '+15557654321' })
  @IsOptional()
  @Matches(PHONE_NUMBER, {
    message: 'to_number must be a phone number (digits, optionally with +, spaces, dashes, dots or parentheses)',
  })
  to_number?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Algorithms to run on this call instead of the workspace defaults',
    example: ['talk_ratio'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(ALGORITHM_ID_PATTERN, { each: true, message: `each algorithm id ${ALGORITHM_ID_MESSAGE}` })
  algorithm_ids?: string[];

  @ApiPropertyOptional({ description: 'BCP 47 language tag of the call', example: 'en-US' })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  language?: string;

  @ApiPropertyOptional({
    description: 'Flat key/value pairs (at most 50 keys; strings up to 1000 characters)',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] },
    example: { source: 'hubspot', recordId: '12345' },
  })
  @IsOptional()
  @IsFlatMetadata()
  metadata?: FlatMetadata;

  @ApiPropertyOptional({
    description: "Deliver this call's results here instead of the workspace endpoint",
    format: 'uri',
  })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  webhook_url?: string;
}

/**
 * About four hours of talk (the longest audio transcribed, CALLSIGHT_AUDIO_MAX_SECONDS). A transcript
 * travels in events, and NATS carries at most 1 MB per message by default (see MAX_EVENT_BYTES).
 */
export const MAX_TRANSCRIPT_CHARS = 250_000;

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

export class SubmitAudioUrlRequest extends CallMetadataFields {
  @ApiProperty({
    description: 'Where to download the recording (http or https)',
    format: 'uri',
    example: 'https://recordings.example.com/call-42.mp3',
  })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'audio_url must be an http(s) URL' },
  )
  @MaxLength(2048)
  audio_url: string;
}

/** The form fields that may accompany an uploaded file (multipart/form-data); metadata and algorithm_ids as JSON text. */
export class UploadAudioFields extends CallMetadataFields {}

export class SubmissionAccepted {
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  job_id: string;

  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' })
  call_id: string;

  @ApiProperty({ enum: ['queued', 'skipped'] })
  status: JobStatus;
}

/** What `ingestion.cmd.submit` answers: the response, and whether it is the stored one of an earlier request with the same Idempotency-Key. */
export interface SubmitCallReply {
  accepted: SubmissionAccepted;
  replayed: boolean;
}
