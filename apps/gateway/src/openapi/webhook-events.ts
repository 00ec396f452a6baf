import { getSchemaPath } from '@nestjs/swagger';
import type { ParameterObject, PathItemObject, WebhooksObject } from '@nestjs/swagger';
import { EndpointDisabledWebhook, JobCompletedWebhook, JobFailedWebhook } from '@callsight/contracts';

/** The payload classes the webhooks refer to; they must be registered as extra models of the document. */
export const WEBHOOK_PAYLOAD_MODELS = [JobCompletedWebhook, JobFailedWebhook, EndpointDisabledWebhook];

const DELIVERY =
  "Sent as a POST to the workspace's webhook endpoint (PATCH /api/v1/config/workspaces/{workspace_id}/webhooks) or the call's own webhook_url, and to each of its endpoints (POST /api/v1/webhooks/endpoints) whose format carries the event and whose event_types include it, signed per Standard Webhooks with that endpoint's secret. Endpoints in the kestrel and kridtech formats get those vendors' bodies instead (docs/webhook-formats.md). Redirects are not followed; the endpoint has CALLSIGHT_WEBHOOK_TIMEOUT_MS (10 s by default; 10 s for kridtech) to answer. Any answer other than 2xx or 410 is retried on CALLSIGHT_WEBHOOK_RETRY_SCHEDULE (by default after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, each spread by up to 10%), with the same webhook-id; a 429 or 503 with a longer Retry-After is waited out (up to a day).";

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

function webhook(operationId: string, summary: string, payload: new () => unknown): PathItemObject {
  return {
    post: {
      operationId,
      summary,
      description: DELIVERY,
      tags: ['Webhooks'],
      security: [],
      parameters: STANDARD_WEBHOOKS_HEADERS,
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
  'endpoint.disabled': webhook(
    'endpointDisabledWebhook',
    "Callsight disabled one of the workspace's endpoints (it answered 410 Gone, or accepted nothing for five days); sent to its other endpoints that take this event",
    EndpointDisabledWebhook,
  ),
};
