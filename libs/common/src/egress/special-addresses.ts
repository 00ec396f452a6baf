import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Table<T extends Address> = ReadonlyArray<readonly [range: [T, number], label: string]>;

const v4 = (cidr: string): [ipaddr.IPv4, number] => ipaddr.IPv4.parseCIDR(cidr);
const v6 = (cidr: string): [ipaddr.IPv6, number] => ipaddr.IPv6.parseCIDR(cidr);

/**
 * The IANA IPv4 special-purpose registry, multicast and 240/4, most specific first. Written out rather
 * than taken from ipaddr.js `range()`, so the list that decides what is refused can be read in one place.
 */
const IPV4_SPECIAL: Table<ipaddr.IPv4> = [
  [v4('169.254.169.254/32'), 'cloud metadata'],
  [v4('169.254.170.2/32'), 'cloud metadata'],
  [v4('100.100.100.200/32'), 'cloud metadata'],
  [v4('192.0.0.192/32'), 'cloud metadata'],
  [v4('0.0.0.0/8'), '"this network"'],
  [v4('10.0.0.0/8'), 'private'],
  [v4('100.64.0.0/10'), 'carrier-grade NAT'],
  [v4('127.0.0.0/8'), 'loopback'],
  [v4('169.254.0.0/16'), 'link-local'],
  [v4('172.16.0.0/12'), 'private'],
  [v4('192.0.0.0/24'), 'IETF protocol assignment'],
  [v4('192.0.2.0/24'), 'documentation'],
  [v4('192.31.196.0/24'), 'AS112'],
  [v4('192.52.193.0/24'), 'AMT'],
  [v4('192.88.99.0/24'), '6to4 relay anycast'],
  [v4('192.168.0.0/16'), 'private'],
  [v4('192.175.48.0/24'), 'AS112'],
  [v4('198.18.0.0/15'), 'benchmarking'],
  [v4('198.51.100.0/24'), 'documentation'],
  [v4('203.0.113.0/24'), 'documentation'],
  [v4('224.0.0.0/4'), 'multicast'],
  [v4('255.255.255.255/32'), 'broadcast'],
  [v4('240.0.0.0/4'), 'reserved'],
];

/** The IANA IPv6 special-purpose registry; the ranges that carry an IPv4 address are judged by it, below. */
const IPV6_SPECIAL: Table<ipaddr.IPv6> = [
  [v6('fd00:ec2::254/128'), 'cloud metadata'],
  [v6('::/128'), 'unspecified'],
  [v6('::1/128'), 'loopback'],
  [v6('::/96'), 'IPv4-compatible (deprecated)'],
  [v6('64:ff9b:1::/48'), 'local-use NAT64'],
  [v6('100::/64'), 'discard-only'],
  [v6('2001::/23'), 'IETF protocol assignment'],
  [v6('2001:db8::/32'), 'documentation'],
  [v6('3fff::/20'), 'documentation'],
  [v6('5f00::/16'), 'segment routing'],
  [v6('fc00::/7'), 'unique local'],
  [v6('fe80::/10'), 'link-local'],
  [v6('fec0::/10'), 'site-local (deprecated)'],
  [v6('ff00::/8'), 'multicast'],
];

/**
 * Parses an address as the operating system reads it. `isIP` is the gate (ipaddr.js also takes `127.1`
 * and `0x7f.1`), and an IPv6 address's dotted tail is turned into hex first: ipaddr.js reads `::127.0.0.1`,
 * which is how the resolver prints an IPv4-compatible answer, as the IPv4-mapped `::ffff:127.0.0.1`.
 */
export function parseAddress(text: string): Address | null {
  const family = isIP(text);
  if (family === 4) return ipaddr.IPv4.parse(text);
  if (family !== 6) return null;
  const hexTail = text.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_match, a: string, b: string, c: string, d: string) =>
    [
      [a, b],
      [c, d],
    ]
      .map(([high, low]) => ((Number(high) << 8) | Number(low)).toString(16))
      .join(':'),
  );
  return ipaddr.IPv6.parse(hexTail);
}

const GLOBAL_UNICAST = v6('2000::/3');

const lookUp = <T extends Address>(address: T, table: Table<T>): string | null =>
  table.find(([range]) => address.match(range))?.[1] ?? null;

const ipv4From = (parts: number[]): ipaddr.IPv4 =>
  new ipaddr.IPv4([parts[0] >> 8, parts[0] & 0xff, parts[1] >> 8, parts[1] & 0xff]);

/** IPv6 addresses that lead to an IPv4 host; a packet to them reaches that host, so it is what is judged. */
export function embeddedIPv4(address: ipaddr.IPv6): { scheme: string; carried: ipaddr.IPv4[] } | null {
  const parts = address.parts;
  if (address.isIPv4MappedAddress()) return { scheme: 'IPv4-mapped', carried: [address.toIPv4Address()] };
  if (address.match(v6('64:ff9b::/96'))) return { scheme: 'NAT64', carried: [ipv4From(parts.slice(6))] };
  if (address.match(v6('2002::/16'))) return { scheme: '6to4', carried: [ipv4From(parts.slice(1, 3))] };
  // Teredo: the server in bits 32-63, the client obfuscated as the bitwise NOT of the last 32 bits (RFC 4380).
  if (address.match(v6('2001::/32')))
    return {
      scheme: 'Teredo',
      carried: [ipv4From(parts.slice(2, 4)), ipv4From(parts.slice(6).map((part) => ~part & 0xffff))],
    };
  return null;
}

/** Why this address is not a public destination ("loopback", "6to4 carrying 10.0.0.1 (private)"), or null when it is one. */
export function specialPurpose(address: Address): string | null {
  if (address.kind() === 'ipv4') return lookUp(address as ipaddr.IPv4, IPV4_SPECIAL);
  const ipv6 = address as ipaddr.IPv6;
  const embedded = embeddedIPv4(ipv6);
  if (embedded) {
    for (const carried of embedded.carried) {
      const label = lookUp(carried, IPV4_SPECIAL);
      if (label) return `${embedded.scheme} carrying ${carried.toString()} (${label})`;
    }
    return null;
  }
  return lookUp(ipv6, IPV6_SPECIAL) ?? (ipv6.match(GLOBAL_UNICAST) ? null : 'not global unicast (outside 2000::/3)');
}
