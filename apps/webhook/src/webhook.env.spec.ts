import { loadEnv } from '@callsight/common/config';
import { recordingUrlSettingsFrom } from '@callsight/common/recordings';
import { WebhookEnv } from './webhook.env';

describe('WebhookEnv: recording URLs', () => {
  const base = { DATABASE_URL: 'postgres://localhost/callsight' };

  it('makes none without a public URL, reading an empty one (compose, a ConfigMap) as unset; they last 7 days', () => {
    const settings = recordingUrlSettingsFrom(loadEnv(WebhookEnv, { ...base, CALLSIGHT_PUBLIC_URL: '' }));
    expect(settings).toEqual({ publicUrl: null, ttlSeconds: 7 * 24 * 3600, secretsKey: null });
  });

  it('takes a public URL with a path prefix and a lifetime', () => {
    const env = loadEnv(WebhookEnv, {
      ...base,
      CALLSIGHT_PUBLIC_URL: 'https://calls.example.com/callsight',
      CALLSIGHT_RECORDING_URL_TTL_SECONDS: '86400',
    });
    expect(recordingUrlSettingsFrom(env)).toMatchObject({
      publicUrl: 'https://calls.example.com/callsight',
      ttlSeconds: 86400,
    });
  });

  it.each([
    ['CALLSIGHT_PUBLIC_URL', 'calls.example.com'],
    ['CALLSIGHT_PUBLIC_URL', 'https://calls.example.com/?x=1'],
    ['CALLSIGHT_PUBLIC_URL', 'ftp://calls.example.com'],
    ['CALLSIGHT_RECORDING_URL_TTL_SECONDS', '10'],
    ['CALLSIGHT_RECORDING_URL_TTL_SECONDS', 'a week'],
  ])('stops the start on %s=%s', (name, value) => {
    expect(() => loadEnv(WebhookEnv, { ...base, [name]: value })).toThrow(name);
  });
});

describe('WebhookEnv: the secrets key', () => {
  const base = { DATABASE_URL: 'postgres://localhost/callsight' };

  it('reads an empty secrets key as none, as docker compose passes an unset one, and refuses a short one', () => {
    expect(loadEnv(WebhookEnv, { ...base, CALLSIGHT_SECRETS_KEY: '' }).CALLSIGHT_SECRETS_KEY).toBeUndefined();
    expect(() => loadEnv(WebhookEnv, { ...base, CALLSIGHT_SECRETS_KEY: 'short' })).toThrow(/CALLSIGHT_SECRETS_KEY/);
  });
});
