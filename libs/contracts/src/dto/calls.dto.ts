import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALGORITHM_ID_MESSAGE, ALGORITHM_ID_PATTERN } from './algorithms.dto';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
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
  registerDecorator,
  ValidateIf,
} from 'class-validator';
import { IsIsoTimestamp } from './iso-timestamp.validator';
import { FlatMetadata, IsFlatMetadata } from './flat-metadata.validator';
import type { JobStatus } from './jobs.dto';
import { HEADER_NAME_PATTERN, isSealedCredentialHeader, MAX_HEADER_VALUE } from './webhook-endpoints.dto';

/** An HTTP field value (RFC 9110): no line breaks, NUL or other control characters, nothing beyond Latin-1. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
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

const givesAuth = (fields: SubmissionFields): boolean =>
  fields.webhook_auth_header_name !== undefined || fields.webhook_auth_header_value !== undefined;

/** A check on the whole submission, told on one field. */
function submissionRule(name: string, accepts: (fields: SubmissionFields) => boolean, message: string) {
  return (target: object, propertyName: string | symbol): void =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (_value: unknown, args) => accepts(args?.object as SubmissionFields),
        defaultMessage: () => message,
      },
    });
}

/**
 * What every submission route that takes `webhook_url` takes: the call's metadata and, as AssemblyAI's
 * `webhook_auth_header_name` / `webhook_auth_header_value`, a header sent with each delivery to that URL.
 */
export class SubmissionFields extends CallMetadataFields {
  @ApiPropertyOptional({
    description:
      "A header sent with every delivery to this call's webhook_url (and to no other endpoint), to authenticate Callsight to it; give webhook_auth_header_value with it. Not a header Callsight sets itself (Content-Type, User-Agent, webhook-*, …); Authorization is allowed",
    example: 'X-Webhook-Secret',
    maxLength: 64,
  })
  @ValidateIf(givesAuth)
  @IsDefined({ message: 'webhook_auth_header_name is required with webhook_auth_header_value' })
  @Matches(HEADER_NAME_PATTERN, {
    message: 'webhook_auth_header_name must be an HTTP header name (RFC 9110 token characters, at most 64)',
  })
  @submissionRule(
    'isSealedCredentialHeader',
    (fields) =>
      typeof fields.webhook_auth_header_name !== 'string' || isSealedCredentialHeader(fields.webhook_auth_header_name),
    'webhook_auth_header_name is a header Callsight sets itself',
  )
  @submissionRule(
    'webhookAuthNeedsUrl',
    (fields) => fields.webhook_url !== undefined,
    "webhook_auth_header_name needs webhook_url: the header goes only to this call's own webhook_url",
  )
  webhook_auth_header_name?: string;

  @ApiPropertyOptional({
    description:
      'The value of webhook_auth_header_name. Encrypted before it leaves the gateway, never shown (the job shows webhook_auth and the header name only) and never logged; needs CALLSIGHT_SECRETS_KEY on the gateway and the webhook service',
    writeOnly: true,
    minLength: 1,
    maxLength: MAX_HEADER_VALUE,
  })
  @ValidateIf(givesAuth)
  @IsDefined({ message: 'webhook_auth_header_value is required with webhook_auth_header_name' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_HEADER_VALUE)
  @Matches(FIELD_VALUE, {
    message: 'webhook_auth_header_value must be an HTTP header value: no line breaks, NUL or other control characters',
  })
  webhook_auth_header_value?: string;
}

/**
 * About four hours of talk (the longest audio transcribed, CALLSIGHT_AUDIO_MAX_SECONDS). A transcript
 * travels in events, and NATS carries at most 1 MB per message by default (see MAX_EVENT_BYTES).
 */
export const MAX_TRANSCRIPT_CHARS = 250_000;

export class SubmitTranscriptRequest extends SubmissionFields {
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

export class SubmitAudioUrlRequest extends SubmissionFields {
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
export class UploadAudioFields extends SubmissionFields {}

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
