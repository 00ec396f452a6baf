import { Webhook } from 'standardwebhooks';
import type { WebhooksConfig } from '@callsight/contracts';
import { generateWebhookSecret, settleWebhookSecret } from './webhooks-section';

const webhooks = (values: Partial<WebhooksConfig>): WebhooksConfig => ({
  url: null,
  secret: null,
  enabled: true,
  ...values,
});
const unchanged = { supplied: false, rotate: false };

describe('webhooks config section', () => {
  it('generates a secret the first time an endpoint is set, and reveals it once', () => {
    const { secret, revealed } = settleWebhookSecret(webhooks({ url: 'https://example.com/hook' }), unchanged);
    expect(secret).toMatch(/^whsec_/);
    expect(revealed).toBe(secret);
  });

  it('keeps the secret when only the url changes', () => {
    const current = generateWebhookSecret();
    expect(settleWebhookSecret(webhooks({ url: 'https://b.example/hook', secret: current }), unchanged)).toEqual({
      secret: current,
      revealed: null,
    });
  });

  it('rotates on request and reveals a supplied secret', () => {
    const current = generateWebhookSecret();
    const rotated = settleWebhookSecret(webhooks({ url: 'https://a.example/hook', secret: current }), {
      supplied: false,
      rotate: true,
    });
    expect(rotated.secret).not.toBe(current);
    expect(rotated.revealed).toBe(rotated.secret);
    const supplied = generateWebhookSecret();
    expect(settleWebhookSecret(webhooks({ secret: supplied }), { supplied: true, rotate: true })).toEqual({
      secret: supplied,
      revealed: supplied,
    });
  });

  it('needs no secret while there is no endpoint', () => {
    expect(settleWebhookSecret(webhooks({}), unchanged)).toEqual({ secret: null, revealed: null });
  });

  it('generates secrets that Standard Webhooks accepts', () => {
    expect(() => new Webhook(generateWebhookSecret())).not.toThrow();
  });
});
