import { httpUrlSchema } from './json-schema';

export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

export const webhooksSchema = {
  title: 'Webhooks',
  description: 'Where results are delivered and how they are signed (Standard Webhooks)',
  type: 'object',
  additionalProperties: false,
  required: ['url', 'secret', 'enabled'],
  properties: {
    url: {
      ...httpUrlSchema,
      type: ['string', 'null'],
      description: 'Where results are delivered; null removes the endpoint',
      default: null,
    },
    secret: {
      description:
        'Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes). Write-only: omit it to keep the current one; one is generated when an endpoint is set and none exists, and shown once.',
      type: ['string', 'null'],
      pattern: WEBHOOK_SECRET_PATTERN.source,
      writeOnly: true,
      default: null,
    },
    enabled: { description: 'Deliveries are paused while false', type: 'boolean', default: true },
  },
  examples: [{ url: 'https://hooks.example.com/callsight', enabled: true }],
} as const;

/** The stored section; `secret` is only ever returned by the change that created it. */
export interface WebhooksConfig {
  url: string | null;
  secret: string | null;
  enabled: boolean;
}
