import { Webhook } from 'standardwebhooks';
import { DEFAULT_WEBHOOKS, generateWebhookSecret, patchWebhooks, webhooksView } from './webhooks-section';

describe('webhooks config section', () => {
  it('generates a secret the first time an endpoint is set, and reveals it once', () => {
    const { next, revealed } = patchWebhooks(DEFAULT_WEBHOOKS, { url: 'https://example.com/hook' });
    expect(next.url).toBe('https://example.com/hook');
    expect(next.secret).toMatch(/^whsec_/);
    expect(revealed).toBe(next.secret);
    expect(webhooksView(next)).toEqual({ url: 'https://example.com/hook', enabled: true, has_secret: true });
  });

  it('keeps the secret when only the url changes', () => {
    const first = patchWebhooks(DEFAULT_WEBHOOKS, { url: 'https://a.example/hook' }).next;
    const { next, revealed } = patchWebhooks(first, { url: 'https://b.example/hook' });
    expect(next.secret).toBe(first.secret);
    expect(revealed).toBeNull();
  });

  it('rotates on request and accepts a supplied secret', () => {
    const first = patchWebhooks(DEFAULT_WEBHOOKS, { url: 'https://a.example/hook' }).next;
    const rotated = patchWebhooks(first, { rotate_secret: true });
    expect(rotated.next.secret).not.toBe(first.secret);
    const supplied = generateWebhookSecret();
    expect(patchWebhooks(first, { secret: supplied }).next.secret).toBe(supplied);
  });

  it('removes the endpoint with null and can pause deliveries', () => {
    const first = patchWebhooks(DEFAULT_WEBHOOKS, { url: 'https://a.example/hook' }).next;
    expect(patchWebhooks(first, { url: null }).next.url).toBeNull();
    expect(patchWebhooks(first, { enabled: false }).next.enabled).toBe(false);
  });

  it('generates secrets that Standard Webhooks accepts', () => {
    expect(() => new Webhook(generateWebhookSecret())).not.toThrow();
  });
});
