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
    '::127.0.0.1',
    '::7f00:1',
    '2002:a00:1::1',
    '64:ff9b::a9fe:a9fe',
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

  it('refuses IPv4-compatible forms even where loopback is allowed, and loopback names unless loopback is', () => {
    const loopback = EgressPolicy.fromEnv('127.0.0.0/8');
    expect(loopback.addressAllowed('::127.0.0.1')).toBe(false);
    expect(loopback.hostNameRefusal('localhost')).toBeNull();
    expect(closed.hostNameRefusal('localhost.')).toBe('a loopback name');
    expect(closed.hostNameRefusal('api.LOCALHOST')).toBe('a loopback name');
    expect(closed.hostNameRefusal('localhost.example.com')).toBeNull();
    expect(EgressPolicy.fromEnv('dev.localhost').hostNameRefusal('dev.localhost.')).toBeNull();
  });

  it.each([
    'http://2130706433/',
    'http://0x7f.1/',
    'http://017700000001/',
    'http://127.0.0.1./',
    'http://evil@127.0.0.1/',
    'http://[::127.0.0.1]/',
    'http://①②⑦.0.0.1/',
    'http://ⓛocalhost/',
  ])('judges %s as the address the HTTP client would reach', (url) => {
    expect(() => assertUrlAllowed(closed, new URL(url))).toThrow(/not allowed/);
  });
});
