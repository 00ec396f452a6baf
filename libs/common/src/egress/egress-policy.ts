import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { DomainError, ErrorCodes } from '@callsight/contracts';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Which destinations outgoing requests (webhooks, audio downloads) may reach. Public unicast
 * addresses always; loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast
 * and reserved ranges only when CALLSIGHT_EGRESS_ALLOW lists them, as CIDRs, addresses or host names.
 */
export class EgressPolicy {
  private readonly ranges: Range[] = [];
  private readonly hosts = new Set<string>();

  constructor(allow: readonly string[] = []) {
    for (const raw of allow.map((entry) => entry.trim()).filter(Boolean)) this.addAllowance(raw);
  }

  static fromEnv(value: string | undefined): EgressPolicy {
    return new EgressPolicy((value ?? '').split(','));
  }

  private addAllowance(entry: string): void {
    if (entry.includes('/')) {
      this.ranges.push(ipaddr.parseCIDR(entry));
      return;
    }
    if (isIP(entry)) {
      const address = ipaddr.parse(entry);
      this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      return;
    }
    this.hosts.add(entry.toLowerCase());
  }

  hostAllowed(hostname: string): boolean {
    return this.hosts.has(hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  }

  addressAllowed(address: string): boolean {
    if (!ipaddr.isValid(address)) return false;
    const parsed = normalise(ipaddr.parse(address));
    if (parsed.range() === 'unicast') return true;
    return this.ranges.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
  }

  /** Throws egress_denied unless a request to this resolved address for this host may go out. */
  assertAllowed(hostname: string, address: string): void {
    if (this.hostAllowed(hostname) || this.addressAllowed(address)) return;
    throw new DomainError(
      ErrorCodes.egressDenied,
      `Requests to ${hostname} (${address}) are not allowed: it is not a public address (set CALLSIGHT_EGRESS_ALLOW to permit it)`,
    );
  }
}

/** IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries. */
function normalise(address: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}
