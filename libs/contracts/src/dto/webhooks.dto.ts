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
  @ApiProperty({ type: Number, nullable: true, example: 42, description: 'The duration sent with the call' })
  duration_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 41.87,
    description:
      'The length of the recording as Callsight measured it: the decoded audio, or the end of the last timed ' +
      'segment of a supplied transcript; null when nothing was measured',
  })
  audio_duration_seconds: number | null;
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

const RECORDING_URL_DESCRIPTION =
  "A signed, expiring Callsight URL serving the call's audio (range requests allowed); null for transcript-only calls";

export class AlgorithmRunCompletedData {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' }) workspace_id: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) job_id: string;
  @ApiProperty({ example: 'run_01jd5f3k1q8m2x7c9v4b6n0p3t' }) run_id: string;
  @ApiProperty({ example: 'summary' }) algorithm_id: string;
  @ApiProperty({ example: 1 }) algorithm_version: number;
  @ApiProperty({ enum: ['on_demand'], description: 'Pipeline runs arrive in job.completed' }) trigger: 'on_demand';
  @ApiProperty({ enum: ['succeeded', 'failed', 'skipped'] }) status: 'succeeded' | 'failed' | 'skipped';
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: "The algorithm's result (its shape is the algorithm's own); null unless it succeeded",
  })
  output: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed or was skipped' }) error: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 12 }) duration_ms: number | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class AlgorithmRunCompletedWebhook {
  @ApiProperty({ enum: ['algorithm_run.completed'] }) type: 'algorithm_run.completed';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: AlgorithmRunCompletedData }) data: AlgorithmRunCompletedData;
}

export class CallEventData extends WebhookJobData {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'appointment_booked',
    description: "The outcome algorithm's verdict; null when it did not run",
  })
  outcome: string | null;
  @ApiProperty({ type: String, nullable: true, description: RECORDING_URL_DESCRIPTION }) recording_url: string | null;
}

export class WebhookAppointment {
  @ApiProperty({ type: String, nullable: true, example: 'booked' }) status: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-11-25T14:00:00-06:00',
    description: 'ISO 8601, with the offset',
  })
  start: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-25' }) date: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'today at 2' }) text: string | null;
}

export class WebhookEmergency {
  @ApiProperty({ type: String, nullable: true, example: 'flooding' }) category: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'high' }) severity: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What was said that shows it' }) quote: string | null;
}

export class AppointmentBookedData extends CallEventData {
  @ApiProperty({ type: WebhookAppointment }) appointment: WebhookAppointment;
}

export class EmergencyDetectedData extends CallEventData {
  @ApiProperty({ type: WebhookEmergency }) emergency: WebhookEmergency;
}

export class CallCompletedWebhook {
  @ApiProperty({ enum: ['call.completed'] }) type: 'call.completed';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: CallEventData }) data: CallEventData;
}

export class CallMissedWebhook {
  @ApiProperty({ enum: ['call.missed'] }) type: 'call.missed';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: CallEventData }) data: CallEventData;
}

export class AppointmentBookedWebhook {
  @ApiProperty({ enum: ['appointment.booked'] }) type: 'appointment.booked';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: AppointmentBookedData }) data: AppointmentBookedData;
}

export class EmergencyDetectedWebhook {
  @ApiProperty({ enum: ['emergency.detected'] }) type: 'emergency.detected';
  @ApiProperty({ format: 'date-time' }) timestamp: string;
  @ApiProperty({ type: EmergencyDetectedData }) data: EmergencyDetectedData;
}

/** KestrelVoice's body (docs/webhook-formats.md gives each field's source). */
export class KestrelCallData {
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' }) call_id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '+15125550143',
    description: "The caller's number: from_number of an inbound call, to_number of an outbound one",
  })
  phone_number: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 27, description: 'Whole seconds' }) duration: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'appointment_booked' }) outcome: string | null;
  @ApiProperty() transcript: string;
  @ApiProperty({ type: String, nullable: true, description: RECORDING_URL_DESCRIPTION }) recording_url: string | null;
  @ApiProperty({ type: WebhookAppointment, required: false, description: 'appointment.booked only' })
  appointment?: WebhookAppointment;
  @ApiProperty({ type: WebhookEmergency, required: false, description: 'emergency.detected only' })
  emergency?: WebhookEmergency;
}

export class KestrelWebhook {
  @ApiProperty({ enum: ['call.completed', 'appointment.booked', 'emergency.detected', 'call.missed'] })
  event: 'call.completed' | 'appointment.booked' | 'emergency.detected' | 'call.missed';
  @ApiProperty({ format: 'date-time', example: '2026-11-25T15:04:31Z', description: 'Whole seconds, UTC' })
  timestamp: string;
  @ApiProperty({ type: KestrelCallData }) data: KestrelCallData;
}

export class KridtechDynamicVariable {
  @ApiProperty({ example: 'customer_name' }) variable: string;
  @ApiProperty({ example: 'Dana Whitfield' }) value: string;
}

/** Kridtech's call webhook: every field present, null when unknown. */
export class KridtechCallWebhook {
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' }) callId: string;
  @ApiProperty({ enum: ['completed'] }) status: 'completed';
  @ApiProperty({ type: Number, nullable: true, example: 27400 }) durationMs: number | null;
  @ApiProperty() transcript: string;
  @ApiProperty({ type: String, nullable: true, description: RECORDING_URL_DESCRIPTION }) recordingUrl: string | null;
  @ApiProperty({
    type: [KridtechDynamicVariable],
    nullable: true,
    description: "The call's metadata as Kridtech's variables, values as strings; null when there is none",
  })
  dynamicVariables: KridtechDynamicVariable[] | null;
}
