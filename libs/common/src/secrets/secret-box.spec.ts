import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = SecretBox.fromKeyText(SecretBox.generateKeyText())!;

  it('opens what it sealed, for the same record, and never stores the plain text', () => {
    const sealed = box.seal('whsec_c2VjcmV0', 'endpoint:ep_1:secret');
    expect(sealed).not.toContain('whsec_');
    expect(sealed).not.toBe(box.seal('whsec_c2VjcmV0', 'endpoint:ep_1:secret'));
    expect(box.open(sealed, 'endpoint:ep_1:secret')).toBe('whsec_c2VjcmV0');
  });

  it('refuses a value copied to another record, altered, or sealed under another key', () => {
    const sealed = box.seal('token', 'endpoint:ep_1:credentials');
    expect(() => box.open(sealed, 'endpoint:ep_2:credentials')).toThrow();
    const [version, iv, tag, data] = sealed.split(':');
    const flipped = Buffer.from(data, 'base64');
    flipped[0] ^= 1;
    expect(() =>
      box.open([version, iv, tag, flipped.toString('base64')].join(':'), 'endpoint:ep_1:credentials'),
    ).toThrow();
    const other = SecretBox.fromKeyText('ab'.repeat(32))!;
    expect(() => other.open(sealed, 'endpoint:ep_1:credentials')).toThrow();
  });

  it('takes a key as 64 hex digits or base64 of 32 bytes, nothing else', () => {
    expect(SecretBox.fromKeyText('ab'.repeat(32))).not.toBeNull();
    expect(SecretBox.fromKeyText(Buffer.alloc(32, 7).toString('base64'))).not.toBeNull();
    expect(SecretBox.fromKeyText('short')).toBeNull();
    expect(SecretBox.fromKeyText(Buffer.alloc(16).toString('base64'))).toBeNull();
  });

  it('fingerprints a value the same way each time, under its key and context only', () => {
    const print = box.fingerprint('token', 'webhook-auth');
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(box.fingerprint('token', 'webhook-auth')).toBe(print);
    expect(print).not.toContain('token');
    expect(box.fingerprint('token2', 'webhook-auth')).not.toBe(print);
    expect(box.fingerprint('token', 'other')).not.toBe(print);
    expect(SecretBox.fromKeyText('ab'.repeat(32))!.fingerprint('token', 'webhook-auth')).not.toBe(print);
  });
});
