import { randomBytes } from 'node:crypto';
import type { WebhooksConfig, WebhooksConfigPatch, WebhooksConfigView } from '@callsight/contracts';

export const DEFAULT_WEBHOOKS: WebhooksConfig = { url: null, secret: null, enabled: true };

export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** Applies a patch to the webhooks section; `revealed` is the secret to show once, when this change set or made it. */
export function patchWebhooks(
  current: WebhooksConfig,
  patch: WebhooksConfigPatch,
): { next: WebhooksConfig; revealed: string | null } {
  const url = patch.url === undefined ? current.url : patch.url;
  const enabled = patch.enabled ?? current.enabled;
  if (patch.secret) return { next: { url, enabled, secret: patch.secret }, revealed: patch.secret };
  if (patch.rotate_secret || (!current.secret && url)) {
    const secret = generateWebhookSecret();
    return { next: { url, enabled, secret }, revealed: secret };
  }
  return { next: { url, enabled, secret: current.secret }, revealed: null };
}

export function webhooksView(config: WebhooksConfig, revealed: string | null = null): WebhooksConfigView {
  return {
    url: config.url,
    enabled: config.enabled,
    has_secret: config.secret !== null,
    ...(revealed ? { secret: revealed } : {}),
  };
}
