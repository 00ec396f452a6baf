import { ApiProperty } from '@nestjs/swagger';
import { METADATA_LIMITS } from './flat-metadata.validator';

/**
 * What the webhook service sends, for the API document and the clients generated from it; the
 * payload is built in apps/webhook/src/deliveries/webhook-payload.ts and tests hold the two together.
 * Every field is always present: a value the call did not come with is null.
 */
export class WebhookJobData {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' }) workspace_id: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) job_id: string;
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' }) call_id: string;
  @ApiProperty({ type: String, nullable: true, example: 'crm-4711' }) source_call_id: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'acme' }) source_company_id: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Discovery call with Acme' }) title: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['provided', 'generated'],
    description: 'Which title to prefer: the one sent (provided) or a generated one; null for the default flow',
  })
  title_source: 'provided' | 'generated' | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) call_date: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 42 }) duration_seconds: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['inbound', 'outbound'] }) direction:
    'inbound' | 'outbound' | null;
  @ApiProperty({ type: String, nullable: true }) rep_name: string | null;
  @ApiProperty({ type: String, nullable: true }) rep_email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'BCP 47 language tag sent with the call' })
  language: string | null;
  @ApiProperty({ type: String, nullable: true }) from_number: string | null;
  @ApiProperty({ type: String, nullable: true }) to_number: string | null;
  @ApiProperty({
    type: 'object',
    maxProperties: METADATA_LIMITS.maxKeys,
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] },
    description: 'The metadata sent with the call ({} when none was)',
    example: { source: 'hubspot', recordId: '12345' },
  })
  metadata: Record<string, string | number | boolean | null>;
  @ApiProperty({ format: 'date-time', description: 'When the call was accepted' }) created_at: string;
}

export class WebhookAlgorithmResult {
  @ApiProperty({ example: 'run_01jd5f3k1q8m2x7c9v4b6n0p3t' }) run_id: string;
  @ApiProperty({ example: 'talk_ratio' }) algorithm_id: string;
  @ApiProperty({ example: 1 }) algorithm_version: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The algorithm's result; its shape is the algorithm's own",
    example: { dominant_speaker: 'Rep', total_turns: 2 },
  })
  output: Record<string, unknown>;
}

export class JobCompletedData extends WebhookJobData {
  @ApiProperty({ enum: ['completed'] }) status: 'completed';
  @ApiProperty({ description: 'The transcript the algorithms ran on', example: 'Rep: Thanks for joining.' })
  transcript: string;
  @ApiProperty({ type: [WebhookAlgorithmResult], description: 'One entry per algorithm that succeeded' })
  results: WebhookAlgorithmResult[];
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uri',
    example:
      'https://callsight.example.com/api/v1/recordings/job_01jd5f3k1q8m2x7c9v4b6n0p3r?workspace=ws_01jd5f3k1q8m2x7c9v4b6n0p3r&expires=1767225600&signature=2b4Jq0yE3lq1vB2d8sQh6X1nJ4mZ0cYf9aRkT7uWw5E',
    description:
      "A signed URL serving the call's audio (GET or HEAD, with byte ranges) until it expires (CALLSIGHT_RECORDING_URL_TTL_SECONDS after the payload was made, 7 days by default); null for transcript-only calls, or when the deployment has no CALLSIGHT_PUBLIC_URL",
  })
  recording_url: string | null;
}

export class JobFailedData extends WebhookJobData {
  @ApiProperty({ enum: ['failed'] }) status: 'failed';
  @ApiProperty({ enum: ['queued', 'transcribing', 'analyzing'], description: 'The stage the job failed in' })
  failed_stage: string;
  @ApiProperty({ example: 'no speech was recognised in the audio' }) reason: string;
  @ApiProperty({ format: 'date-time' }) failed_at: string;
}

/** The Standard Webhooks envelope: `{ type, timestamp, data }`. */
export class JobCompletedWebhook {
  @ApiProperty({ enum: ['job.completed'] }) type: 'job.completed';
  @ApiProperty({ format: 'date-time', description: 'When this delivery was made (a redelivery has a new one)' })
  timestamp: string;
  @ApiProperty({ type: JobCompletedData }) data: JobCompletedData;
}

export class JobFailedWebhook {
  @ApiProperty({ enum: ['job.failed'] }) type: 'job.failed';
  @ApiProperty({ format: 'date-time', description: 'When this delivery was made' }) timestamp: string;
  @ApiProperty({ type: JobFailedData }) data: JobFailedData;
}

export class EndpointDisabledData {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' }) workspace_id: string;
  @ApiProperty({ example: 'ep_01jd5f3k1q8m2x7c9v4b6n0p3r' }) endpoint_id: string;
  @ApiProperty({ example: 'https://hooks.example.com/old' }) url: string;
  @ApiProperty({ example: 'the endpoint answered 410 Gone on 2026-11-25T10:00:00.000Z' }) reason: string;
  @ApiProperty({ format: 'date-time' }) disabled_at: string;
}

export class EndpointDisabledWebhook {
  @ApiProperty({ enum: ['endpoint.disabled'] }) type: 'endpoint.disabled';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: EndpointDisabledData }) data: EndpointDisabledData;
}
