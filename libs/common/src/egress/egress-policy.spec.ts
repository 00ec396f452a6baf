import { EgressPolicy } from './egress-policy';
import { assertUrlAllowed } from './guarded-http';

describe('EgressPolicy', () => {
  const closed = new EgressPolicy();

  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '224.0.0.1',
  ])('refuses %s by default', (address) => {
    expect(closed.addressAllowed(address)).toBe(false);
    expect(() => closed.assertAllowed('host', address)).toThrow(/not allowed/);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])('allows public %s', (address) => {
    expect(closed.addressAllowed(address)).toBe(true);
  });

  it('allows listed CIDRs, addresses and host names', () => {
    const policy = EgressPolicy.fromEnv('127.0.0.0/8, 10.0.0.5,hooks.internal');
    expect(policy.addressAllowed('127.0.0.2')).toBe(true);
    expect(policy.addressAllowed('::ffff:127.0.0.9')).toBe(true);
    expect(policy.addressAllowed('10.0.0.5')).toBe(true);
    expect(policy.addressAllowed('10.0.0.6')).toBe(false);
    expect(() => policy.assertAllowed('HOOKS.internal', '10.9.9.9')).not.toThrow();
  });

  it('checks literal IP URLs and schemes before connecting', () => {
    expect(() => assertUrlAllowed(closed, new URL('http://127.0.0.1:8080/x'))).toThrow(/not allowed/);
    expect(() => assertUrlAllowed(closed, new URL('http://[::1]/x'))).toThrow(/not allowed/);
    expect(() => assertUrlAllowed(closed, new URL('ftp://example.com/x'))).toThrow(/http and https/);
    expect(() => assertUrlAllowed(closed, new URL('https://example.com/x'))).not.toThrow();
  });
});
