import { parseAddress, specialPurpose } from './special-addresses';

const classOf = (address: string): string | null => {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`${address} is not an address`);
  return specialPurpose(parsed);
};

describe('specialPurpose', () => {
  it.each([
    ['0.1.2.3', '"this network"'],
    ['10.1.2.3', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.100.100.200', 'cloud metadata'],
    ['127.255.0.1', 'loopback'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.1.1', 'link-local'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'IETF protocol assignment'],
    ['192.0.2.1', 'documentation'],
    ['192.168.0.1', 'private'],
    ['198.19.255.1', 'benchmarking'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['239.255.255.250', 'multicast'],
    ['250.1.1.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['::8.8.8.8', 'IPv4-compatible (deprecated)'],
    ['::ffff:10.0.0.1', 'IPv4-mapped carrying 10.0.0.1 (private)'],
    ['64:ff9b::169.254.169.254', 'NAT64 carrying 169.254.169.254 (cloud metadata)'],
    ['64:ff9b:1::8.8.8.8', 'local-use NAT64'],
    ['2002:7f00:1::1', '6to4 carrying 127.0.0.1 (loopback)'],
    ['2002:c0a8:101::', '6to4 carrying 192.168.1.1 (private)'],
    // Teredo: server 65.54.227.120 (public), client NOT(0x3fff:fffe) = 192.0.0.1 … here NOT(3fff:fffe) is c000:0001.
    ['2001:0:4136:e378:8000:63bf:3fff:fffe', 'Teredo carrying 192.0.0.1 (IETF protocol assignment)'],
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo carrying 127.0.0.1 (loopback)'],
    ['2001:2::1', 'IETF protocol assignment'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['fc00::1', 'unique local'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['fe80::1', 'link-local'],
    ['fec0::1', 'site-local (deprecated)'],
    ['ff02::1', 'multicast'],
    ['100::1', 'discard-only'],
    ['5f00::1', 'segment routing'],
    ['4000::1', 'not global unicast (outside 2000::/3)'],
  ])('%s is %s', (address, label) => {
    expect(classOf(address)).toBe(label);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
    '2001:0:4136:e378:8000:63bf:f7f7:f7f7',
  ])('%s is public', (address) => {
    expect(classOf(address)).toBeNull();
  });

  it('reads a dotted IPv6 tail as the operating system does, not as IPv4-mapped', () => {
    expect(parseAddress('::127.0.0.1')?.toNormalizedString()).toBe('0:0:0:0:0:0:7f00:1');
    expect(parseAddress('::ffff:127.0.0.1')?.toNormalizedString()).toBe('0:0:0:0:0:ffff:7f00:1');
    expect(parseAddress('127.1')).toBeNull();
    expect(parseAddress('0x7f.1')).toBeNull();
  });
});
