import { loadEnv } from '@callsight/common/config';
import { WebhookEnv } from './webhook.env';

describe('WebhookEnv', () => {
  const base = { DATABASE_URL: 'postgres://localhost/callsight' };

  it('reads an empty secrets key as none, as docker compose passes an unset one, and refuses a short one', () => {
    expect(loadEnv(WebhookEnv, { ...base, CALLSIGHT_SECRETS_KEY: '' }).CALLSIGHT_SECRETS_KEY).toBeUndefined();
    expect(() => loadEnv(WebhookEnv, { ...base, CALLSIGHT_SECRETS_KEY: 'short' })).toThrow(/CALLSIGHT_SECRETS_KEY/);
  });
});
