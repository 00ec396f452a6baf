import { loadEnv } from '@callsight/common/config';
import { GatewayEnv } from './gateway.env';

describe('GatewayEnv', () => {
  const base = { DATABASE_URL: 'postgres://localhost/callsight' };

  it('reads an empty bootstrap key as none, as docker compose passes an unset one', () => {
    expect(
      loadEnv(GatewayEnv, { ...base, CALLSIGHT_BOOTSTRAP_API_KEY: '' }).CALLSIGHT_BOOTSTRAP_API_KEY,
    ).toBeUndefined();
  });

  it('reads an empty secrets key as none and refuses one that is not 32 bytes', () => {
    expect(loadEnv(GatewayEnv, { ...base, CALLSIGHT_SECRETS_KEY: '' }).CALLSIGHT_SECRETS_KEY).toBeUndefined();
    const key = 'ab'.repeat(32);
    expect(loadEnv(GatewayEnv, { ...base, CALLSIGHT_SECRETS_KEY: key }).CALLSIGHT_SECRETS_KEY).toBe(key);
    expect(() => loadEnv(GatewayEnv, { ...base, CALLSIGHT_SECRETS_KEY: 'short' })).toThrow(/CALLSIGHT_SECRETS_KEY/);
  });

  it('refuses a bootstrap key that is not one', () => {
    expect(() => loadEnv(GatewayEnv, { ...base, CALLSIGHT_BOOTSTRAP_API_KEY: 'pk_your_key_here' })).toThrow(
      /CALLSIGHT_BOOTSTRAP_API_KEY/,
    );
  });
});

describe('the environment every service shares', () => {
  it.each([
    ['DATABASE_POOL_SIZE', 'lots'],
    ['DATABASE_POOL_SIZE', '0'],
    ['HOST', 'not a host'],
    ['LOG_LEVEL', 'loud'],
  ])('stops the start on %s=%s', (name, value) => {
    expect(() => loadEnv(GatewayEnv, { DATABASE_URL: 'postgres://localhost/callsight', [name]: value })).toThrow(name);
  });
});
