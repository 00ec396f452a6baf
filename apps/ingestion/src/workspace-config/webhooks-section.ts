import { randomBytes } from 'node:crypto';
import type { WebhooksConfig } from '@callsight/contracts';

export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export interface SecretChange {
  /** The change set the secret itself. */
  supplied: boolean;
  /** The change asked for a new one (`rotate_secret`). */
  rotate: boolean;
}

/**
 * The signing secret after a change of the webhooks section (`webhooks` as it will be): a supplied one is
 * kept, a rotation or a first endpoint without one gets a generated one. `revealed` is the secret to show
 * once, in the answer to the change that set or made it.
 */
export function settleWebhookSecret(
  webhooks: WebhooksConfig,
  change: SecretChange,
): { secret: string | null; revealed: string | null } {
  if (change.supplied && webhooks.secret) return { secret: webhooks.secret, revealed: webhooks.secret };
  if (change.rotate || (!webhooks.secret && webhooks.url)) {
    const secret = generateWebhookSecret();
    return { secret, revealed: secret };
  }
  return { secret: webhooks.secret, revealed: null };
}
