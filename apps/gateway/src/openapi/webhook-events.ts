import { getSchemaPath } from '@nestjs/swagger';
import type { ParameterObject, PathItemObject, WebhooksObject } from '@nestjs/swagger';
import {
  AlgorithmRunCompletedWebhook,
  AppointmentBookedWebhook,
  CallCompletedWebhook,
  CallMissedWebhook,
  EmergencyDetectedWebhook,
  EndpointDisabledWebhook,
  JobCompletedWebhook,
  JobFailedWebhook,
  KestrelWebhook,
  KridtechCallWebhook,
} from '@callsight/contracts';

/** The payload classes the webhooks refer to; they must be registered as extra models of the document. */
export const WEBHOOK_PAYLOAD_MODELS = [
  JobCompletedWebhook,
  JobFailedWebhook,
  AlgorithmRunCompletedWebhook,
  CallCompletedWebhook,
  AppointmentBookedWebhook,
  EmergencyDetectedWebhook,
  CallMissedWebhook,
  EndpointDisabledWebhook,
  KestrelWebhook,
  KridtechCallWebhook,
];

const DELIVERY =
  "Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (15 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).";

const STANDARD_WEBHOOKS_HEADERS: ParameterObject[] = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description: 'The delivery id: the same on every retry of one delivery, so a receiver can drop repeats',
    schema: { type: 'string', pattern: '^dlv_[0-9a-z]{26}$' },
    example: 'dlv_01jd5f3k1q8m2x7c9v4b6n0p3v',
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'When this attempt was signed, in Unix seconds; refuse one far from now to stop replays',
    schema: { type: 'string', pattern: '^[0-9]+$' },
    example: '1735689600',
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      'v1, then the base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}", keyed with the base64-decoded part of the secret after whsec_. For 24 hours after a rotation there are two, space-separated (v1,<new> v1,<old>); a receiver accepts the request when one matches. Any Standard Webhooks library verifies it.',
    schema: { type: 'string', pattern: '^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$' },
    example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
  },
  {
    name: 'user-agent',
    in: 'header',
    required: true,
    schema: { type: 'string', enum: ['Callsight-Webhooks/1.0'] },
  },
];

const KESTREL_SIGNATURE_HEADER: ParameterObject = {
  name: 'x-kestrel-signature',
  in: 'header',
  required: true,
  description:
    'Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the whole endpoint secret (whsec_ prefix included) as UTF-8; docs/webhook-formats.md has verifiers in Node and Python. The Standard Webhooks headers come too.',
  schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
  example: '5d41402abc4b2a76b9719d911017c592ae0c7d1f2b1d8c3f1e0a9b8c7d6e5f40',
};

function webhook(
  operationId: string,
  summary: string,
  payload: new () => unknown,
  extraHeaders: ParameterObject[] = [],
): PathItemObject {
  return {
    post: {
      operationId,
      summary,
      description: DELIVERY,
      tags: ['Webhooks'],
      security: [],
      parameters: [...STANDARD_WEBHOOKS_HEADERS, ...extraHeaders],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: getSchemaPath(payload) } } },
      },
      responses: {
        '2XX': { description: 'Received: the delivery is done' },
        '410': {
          description:
            'Gone: the delivery is given up at once, without retries (a job.completed one then fails its job), and an endpoint of /api/v1/webhooks/endpoints is disabled',
        },
        default: {
          description:
            'Any other answer, or none in time: retried on the schedule; once it is used up, a job.completed delivery fails its job. An endpoint that accepts nothing for five days is disabled',
        },
      },
    },
  };
}

/** What the webhook service sends (apps/webhook/src/deliveries), as OpenAPI 3.1 webhooks. */
export const WEBHOOKS: WebhooksObject = {
  'job.completed': webhook(
    'jobCompletedWebhook',
    'A job completed: its transcript and the results of its algorithms (sent again, with a new timestamp, on redeliver)',
    JobCompletedWebhook,
  ),
  'job.failed': webhook(
    'jobFailedWebhook',
    'A job failed before its results could be delivered: the stage and the reason',
    JobFailedWebhook,
  ),
  'algorithm_run.completed': webhook(
    'algorithmRunCompletedWebhook',
    'An algorithm run made on demand (POST /api/v1/jobs/{job_id}/run-algorithms) finished: its output, or why it failed',
    AlgorithmRunCompletedWebhook,
  ),
  'call.completed': webhook(
    'callCompletedWebhook',
    'A call was analysed: its fields and outcome (native endpoints get it only when their event_types name it; job.completed has the full results)',
    CallCompletedWebhook,
  ),
  'appointment.booked': webhook(
    'appointmentBookedWebhook',
    'The appointment detection found an appointment booked on the call (native endpoints that name this event)',
    AppointmentBookedWebhook,
  ),
  'emergency.detected': webhook(
    'emergencyDetectedWebhook',
    'The emergency detection found an emergency on the call (native endpoints that name this event)',
    EmergencyDetectedWebhook,
  ),
  'call.missed': webhook(
    'callMissedWebhook',
    'The call was missed: nobody answered, or only a voicemail (native endpoints that name this event)',
    CallMissedWebhook,
  ),
  kestrel: webhook(
    'kestrelWebhook',
    'KestrelVoice format: one message per event that happened on the call (call.completed, appointment.booked, emergency.detected, call.missed), to endpoints with format kestrel',
    KestrelWebhook,
    [KESTREL_SIGNATURE_HEADER],
  ),
  kridtech: webhook(
    'kridtechWebhook',
    'Kridtech format: one message per analysed call, every field present (null when unknown), to endpoints with format kridtech; 10 s to answer',
    KridtechCallWebhook,
  ),
  'endpoint.disabled': webhook(
    'endpointDisabledWebhook',
    "Callsight disabled one of the workspace's endpoints (it answered 410 Gone, or accepted nothing for five days); sent to its other endpoints that take this event",
    EndpointDisabledWebhook,
  ),
};
