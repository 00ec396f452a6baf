import { API_KEY_PREFIX, apiKeyMatches, describeApiKey, hashApiKey, isWellFormedApiKey, issueApiKey } from './api-key';

describe('API keys', () => {
  it('issues recognisable, checksummed keys whose hash matches', () => {
    const issued = issueApiKey();
    expect(issued.key).toMatch(/^cs_live_[0-9A-Za-z]{38}$/);
    expect(issued.prefix).toBe(issued.key.slice(0, 12));
    expect(isWellFormedApiKey(issued.key)).toBe(true);
    expect(issued.hash).toBe(hashApiKey(issued.key));
    expect(apiKeyMatches(issued.key, issued.hash)).toBe(true);
  });

  it('never issues the same key twice', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => issueApiKey().key));
    expect(keys.size).toBe(1000);
  });

  it('rejects a key with one character changed by its checksum', () => {
    const { key } = issueApiKey();
    const position = API_KEY_PREFIX.length + 5;
    const changed = key.slice(0, position) + (key[position] === 'a' ? 'b' : 'a') + key.slice(position + 1);
    expect(isWellFormedApiKey(changed)).toBe(false);
  });

  it.each(['', 'cs_live_', 'pk_live_abc', `${API_KEY_PREFIX}${'a'.repeat(37)}`, `${API_KEY_PREFIX}${'a'.repeat(38)}!`])(
    'rejects malformed key %p',
    (candidate) => {
      expect(isWellFormedApiKey(candidate)).toBe(false);
    },
  );

  it('does not match a different key or a malformed stored hash', () => {
    const one = issueApiKey();
    const other = issueApiKey();
    expect(apiKeyMatches(one.key, other.hash)).toBe(false);
    expect(apiKeyMatches(one.key, 'abc')).toBe(false);
  });

  it('describes a supplied key and refuses one without a valid checksum', () => {
    const { key, hash } = issueApiKey();
    expect(describeApiKey(key).hash).toBe(hash);
    // Another last character than the key's own: a key that already ends in 0 is not changed by a 0.
    const other = key.endsWith('0') ? '1' : '0';
    expect(() => describeApiKey(`${key.slice(0, -1)}${other}`)).toThrow(/checksum/);
  });
});
