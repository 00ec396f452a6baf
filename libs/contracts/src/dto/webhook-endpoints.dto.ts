import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { idPattern } from '../ids';
import { IsIsoTimestamp } from './iso-timestamp.validator';

/** The payload shapes an endpoint can receive: Callsight's own, or a vendor's its receiver already speaks. */
export const WEBHOOK_FORMATS = ['native', 'kestrel', 'kridtech'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** Every event an endpoint can subscribe to; each format carries some of them. */
export const WEBHOOK_EVENT_TYPES = [
  'job.completed',
  'job.failed',
  'algorithm_run.completed',
  'call.completed',
  'appointment.booked',
  'emergency.detected',
  'call.missed',
  'endpoint.disabled',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The events each format carries; an endpoint subscribes to some of them, or (empty filter) its format's defaults. */
export const WEBHOOK_FORMAT_EVENTS = {
  native: WEBHOOK_EVENT_TYPES,
  kestrel: ['call.completed', 'appointment.booked', 'emergency.detected', 'call.missed'],
  kridtech: ['call.completed'],
} as const satisfies Readonly<Record<WebhookFormat, readonly WebhookEventType[]>>;

/**
 * What an endpoint with no event filter receives. A native receiver gets the job's one results message
 * (and failures, on-demand runs, notices); the call events repeat what job.completed holds, so a native
 * endpoint asks for them by name. A vendor format's receivers expect every event it has.
 */
export const WEBHOOK_FORMAT_DEFAULT_EVENTS = {
  native: ['job.completed', 'job.failed', 'algorithm_run.completed', 'endpoint.disabled'],
  kestrel: WEBHOOK_FORMAT_EVENTS.kestrel,
  kridtech: WEBHOOK_FORMAT_EVENTS.kridtech,
} as const satisfies { readonly [F in WebhookFormat]: readonly (typeof WEBHOOK_FORMAT_EVENTS)[F][number][] };

/** Whether an endpoint with this filter and format gets the event. */
export function subscribesTo(
  format: WebhookFormat,
  eventTypes: readonly WebhookEventType[],
  event: WebhookEventType,
): boolean {
  const wanted: readonly WebhookEventType[] =
    eventTypes.length > 0 ? eventTypes : WEBHOOK_FORMAT_DEFAULT_EVENTS[format];
  return wanted.includes(event);
}

/** Formats whose receivers accept https only (Kridtech refuses plain http at save time). */
export const HTTPS_ONLY_FORMATS: readonly WebhookFormat[] = ['kridtech'];

export const WEBHOOK_CREDENTIAL_TYPES = ['none', 'basic', 'bearer', 'header'] as const;
export type WebhookCredentialType = (typeof WEBHOOK_CREDENTIAL_TYPES)[number];

/** At most this many endpoints per workspace, and this many custom headers per endpoint. */
export const MAX_WEBHOOK_ENDPOINTS = 20;
export const MAX_CUSTOM_HEADERS = 20;
/** The highest per-endpoint rate limit, in deliveries a second. */
export const MAX_ENDPOINT_RATE_LIMIT = 1000;
/** RFC 9110 token characters: what a header name may be made of. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
/** The longest custom header value an endpoint or a submission may set. */
export const MAX_HEADER_VALUE = 1000;

/**
 * Headers Callsight sets itself, or that carry credentials (which belong in `credentials`, kept sealed),
 * lower-cased. An endpoint's custom headers and a submission's own auth header may not be one of them.
 */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-type',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'user-agent',
  'authorization',
  'proxy-authorization',
  'cookie',
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'x-kestrel-signature',
  'x-kestrel-event',
  'x-kestrel-timestamp',
]);

/**
 * Whether a header may carry a credential kept sealed (an endpoint's `header` credentials, a submission's
 * `webhook_auth_header_name`): not one Callsight sets itself, though `Authorization` is what it is for.
 */
export const isSealedCredentialHeader = (name: string): boolean =>
  name.toLowerCase() === 'authorization' || !RESERVED_HEADERS.has(name.toLowerCase());

/**
 * How Callsight authenticates itself to the receiver (Gensail's webhook credential configuration).
 * Write-only: kept encrypted at rest, never returned, never logged.
 */
export class WebhookCredentialsInput {
  @ApiProperty({ enum: WEBHOOK_CREDENTIAL_TYPES, example: 'bearer' })
  @IsIn(WEBHOOK_CREDENTIAL_TYPES)
  type: WebhookCredentialType;

  @ApiPropertyOptional({ description: 'basic: the user name', writeOnly: true })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  username?: string;

  @ApiPropertyOptional({ description: 'basic: the password', writeOnly: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  password?: string;

  @ApiPropertyOptional({ description: 'bearer: the token sent as `Authorization: Bearer <token>`', writeOnly: true })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  token?: string;

  @ApiPropertyOptional({ description: 'header: the header to send', example: 'X-Api-Key' })
  @IsOptional()
  @Matches(HEADER_NAME_PATTERN, { message: 'header_name must be an HTTP header name' })
  header_name?: string;

  @ApiPropertyOptional({ description: 'header: its value', writeOnly: true })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  header_value?: string;
}

@ApiExtraModels(WebhookCredentialsInput)
class WebhookEndpointFields {
  @ApiPropertyOptional({ example: 'CRM sync', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    description:
      "The events to send, among those the format carries (native: job.completed, job.failed, algorithm_run.completed, call.completed, appointment.booked, emergency.detected, call.missed, endpoint.disabled; kestrel: call.completed, appointment.booked, emergency.detected, call.missed; kridtech: call.completed). Omitted or empty: the format's defaults (native: job.completed, job.failed, algorithm_run.completed, endpoint.disabled, as the call events repeat what job.completed holds; kestrel and kridtech: all of theirs)",
  })
  @IsOptional()
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  event_types?: WebhookEventType[];

  @ApiPropertyOptional({ description: 'Deliveries are paused while false', default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    description: 'Refuse a plain http:// URL (always on for the kridtech format)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  https_only?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', maxLength: 1000 },
    maxProperties: MAX_CUSTOM_HEADERS,
    description:
      'Extra headers sent with every request (not for credentials: use `credentials`, which are kept encrypted)',
    example: { 'X-Tenant': 'acme' },
  })
  @IsOptional()
  @IsObject()
  headers?: Record<string, string>;

  @ApiPropertyOptional({
    oneOf: [{ $ref: getSchemaPath(WebhookCredentialsInput) }, { type: 'null' }],
    description: 'How Callsight authenticates to the receiver; null removes them',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => WebhookCredentialsInput)
  credentials?: WebhookCredentialsInput | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: MAX_ENDPOINT_RATE_LIMIT,
    description:
      "At most this many deliveries a second to this endpoint, across every webhook worker (as Svix's rateLimit); deliveries over it wait their turn without spending attempts. Null or omitted: unlimited",
    example: 10,
  })
  @IsOptional()
  @IsInt({ message: 'rate_limit must be a whole number of deliveries a second' })
  @Min(1)
  @Max(MAX_ENDPOINT_RATE_LIMIT)
  rate_limit?: number | null;
}

export class CreateWebhookEndpointRequest extends WebhookEndpointFields {
  @ApiProperty({ example: 'https://hooks.example.com/callsight', maxLength: 2048 })
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url: string;

  @ApiPropertyOptional({ enum: WEBHOOK_FORMATS, default: 'native' })
  @IsOptional()
  @IsIn(WEBHOOK_FORMATS)
  format?: WebhookFormat;
}

export class UpdateWebhookEndpointRequest extends WebhookEndpointFields {
  @ApiPropertyOptional({ example: 'https://hooks.example.com/callsight', maxLength: 2048 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_FORMATS })
  @IsOptional()
  @IsIn(WEBHOOK_FORMATS)
  format?: WebhookFormat;
}

export class WebhookCredentialsView {
  @ApiProperty({ enum: WEBHOOK_CREDENTIAL_TYPES }) type: WebhookCredentialType;
  @ApiProperty({ type: String, nullable: true, description: 'header: which header carries them' })
  header_name: string | null;
}

export class WebhookEndpointView {
  @ApiProperty({ example: 'ep_01jd5f3k1q8m2x7c9v4b6n0p3r' }) id: string;
  @ApiProperty({ example: 'https://hooks.example.com/callsight' }) url: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: WEBHOOK_FORMATS }) format: WebhookFormat;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, description: "Empty: the format's default events" })
  event_types: WebhookEventType[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why Callsight disabled the endpoint (it answered 410 Gone, or no delivery succeeded for 5 days); enabling it again clears this',
  })
  disabled_reason: string | null;
  @ApiProperty() https_only: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers: Record<string, string>;
  @ApiProperty({ type: WebhookCredentialsView }) credentials: WebhookCredentialsView;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'At most this many deliveries a second to this endpoint; null: unlimited',
  })
  rate_limit: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Until when the secret before the last rotation still signs too',
  })
  previous_secret_expires_at: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class WebhookEndpointSecret {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The Standard Webhooks signing secret',
  })
  secret: string;
}

export class WebhookEndpointCreated extends WebhookEndpointView {
  @ApiProperty({ description: 'The signing secret, shown this once (an admin key can read it again)' })
  secret: string;
}

export class WebhookSecretRotated extends WebhookEndpointSecret {
  @ApiProperty({
    format: 'date-time',
    description: 'Until then both secrets sign every request (`webhook-signature: v1,<new> v1,<old>`)',
  })
  previous_secret_expires_at: string;
}

export class WebhookEndpointList {
  @ApiProperty({ type: [WebhookEndpointView] }) data: WebhookEndpointView[];
}

export class EndpointIdParam {
  @ApiProperty({ example: 'ep_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('ep'), { message: 'id must be an endpoint id (ep_ followed by 26 characters)' })
  id: string;
}

/** `webhook.q.endpoint`, `webhook.cmd.endpoint-delete`, `…-rotate`, `webhook.q.endpoint-secret` */
export interface EndpointRef {
  endpointId: string;
}

/** `webhook.cmd.endpoint-update` */
export interface UpdateEndpointCommand extends EndpointRef {
  changes: UpdateWebhookEndpointRequest;
}

export const ATTEMPT_TRIGGERS = ['scheduled', 'manual'] as const;

export class DeliveryAttemptView {
  @ApiProperty({ example: 1 }) attempt: number;
  @ApiProperty({ format: 'date-time' }) started_at: string;
  @ApiProperty({
    enum: ATTEMPT_TRIGGERS,
    description:
      'scheduled: the first try or a retry on the schedule; manual: asked for again (redeliver-webhook, an endpoint recover)',
  })
  trigger: (typeof ATTEMPT_TRIGGERS)[number];
  @ApiProperty({ type: Number, nullable: true, description: 'null while in flight, or when the worker stopped' })
  duration_ms: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 200 }) response_status: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first KiB of what the endpoint answered' })
  response_excerpt: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'endpoint answered 503' }) error: string | null;
}

export class WebhookDeliveryView {
  @ApiProperty({ example: 'dlv_01jd5f3k1q8m2x7c9v4b6n0p3r', description: 'The `webhook-id` the receiver sees' })
  id: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) job_id: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) event_type: WebhookEventType;
  @ApiProperty({ type: String, nullable: true, description: "null: the config section's endpoint" })
  endpoint_id: string | null;
  @ApiProperty({ example: 'https://hooks.example.com/callsight' }) url: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'] }) status: 'pending' | 'delivered' | 'failed';
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) next_attempt_at: string | null;
  @ApiProperty({ type: Number, nullable: true }) last_response_status: number | null;
  @ApiProperty({ type: String, nullable: true }) last_error: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ type: [DeliveryAttemptView] }) attempt_log: DeliveryAttemptView[];
}

export class WebhookDeliveryList {
  @ApiProperty({ type: [WebhookDeliveryView] }) data: WebhookDeliveryView[];
}

export class EndpointAttemptView extends DeliveryAttemptView {
  @ApiProperty({ example: 'dlv_01jd5f3k1q8m2x7c9v4b6n0p3r' }) delivery_id: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) job_id: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES }) event_type: WebhookEventType;
}

export class EndpointAttemptPage {
  @ApiProperty({ type: [EndpointAttemptView] }) data: EndpointAttemptView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  next_cursor: string | null;
}

export class EndpointAttemptsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The next_cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

/** `webhook.q.job-deliveries` */
export interface JobDeliveriesQuery {
  jobId: string;
}

/** `webhook.q.endpoint-attempts` */
export interface EndpointAttemptsCommand extends EndpointRef {
  limit?: number;
  cursor?: string;
}

/** `webhook.cmd.redeliver-run` */
export interface RedeliverRunCommand {
  runId: string;
}

export class WebhookRedelivery {
  @ApiProperty({
    type: [WebhookDeliveryView],
    description:
      'The deliveries that carried the run, sent again under their own webhook-id with one manual attempt each',
  })
  redelivered: WebhookDeliveryView[];
  @ApiProperty({
    type: [WebhookDeliveryView],
    description: 'Deliveries that carried the run and are still being tried on their schedule: left as they are',
  })
  already_pending: WebhookDeliveryView[];
}

export class RecoverEndpointInput {
  @ApiProperty({ format: 'date-time', description: 'Resend the failed messages made at or after this time' })
  @IsIsoTimestamp()
  since: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'and before this time (default: now)' })
  @IsOptional()
  @IsIsoTimestamp()
  until?: string;
}

/** `webhook.cmd.endpoint-recover` */
export interface RecoverEndpointCommand extends EndpointRef, RecoverEndpointInput {}

export class EndpointRecovery {
  @ApiProperty({ example: 3, description: 'Failed messages sent again, each with one manual attempt' })
  redelivered: number;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({ format: 'date-time' }) until: string;
}
