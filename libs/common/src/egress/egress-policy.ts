import ipaddr from 'ipaddr.js';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { parseAddress, specialPurpose } from './special-addresses';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** RFC 6761: these names are loopback by definition, whatever a resolver answers for them. */
const LOOPBACK_NAME = /(^|\.)localhost$/;

/** A host name as compared: lower case, without the brackets of an IPv6 literal or the dot of a fully qualified name. */
export const canonicalHost = (hostname: string): string =>
  hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

/**
 * Which destinations outgoing requests (webhooks, audio downloads) may reach. Public unicast
 * addresses always; every special-purpose address (loopback, private, link-local and cloud metadata,
 * carrier-grade NAT, documentation, multicast, reserved, and IPv6 forms that carry such an IPv4
 * address) and `localhost` names only when CALLSIGHT_EGRESS_ALLOW lists them, as CIDRs, addresses or host names.
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
    const address = parseAddress(entry);
    if (address) {
      this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      return;
    }
    this.hosts.add(canonicalHost(entry));
  }

  hostAllowed(hostname: string): boolean {
    return this.hosts.has(canonicalHost(hostname));
  }

  /** Why a request to this address is refused, or null when it may go out. */
  addressRefusal(address: string): string | null {
    const parsed = parseAddress(address);
    if (!parsed) return 'not an IP address';
    const special = specialPurpose(parsed);
    if (!special || this.listed(parsed)) return null;
    return special;
  }

  addressAllowed(address: string): boolean {
    return this.addressRefusal(address) === null;
  }

  /**
   * Why a host name is refused before any look-up, or null. `localhost` and `*.localhost` are refused
   * whatever the resolver answers, unless the name is listed or loopback (127.0.0.1) is allowed.
   */
  hostNameRefusal(hostname: string): string | null {
    if (!LOOPBACK_NAME.test(canonicalHost(hostname))) return null;
    if (this.hostAllowed(hostname) || this.addressAllowed('127.0.0.1')) return null;
    return 'a loopback name';
  }

  /** Throws egress_denied unless a request to this resolved address for this host may go out. */
  assertAllowed(hostname: string, address: string): void {
    if (this.hostAllowed(hostname)) return;
    const refusal = this.addressRefusal(address);
    if (!refusal) return;
    throw new DomainError(
      ErrorCodes.egressDenied,
      `Requests to ${hostname} (${address}) are not allowed: it is not a public address (${refusal}); set CALLSIGHT_EGRESS_ALLOW to permit it`,
    );
  }

  /** An IPv4-mapped address goes out as the IPv4 address it carries, so a listed IPv4 range covers it too. */
  private listed(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
    const forms = [address];
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress())
      forms.push((address as ipaddr.IPv6).toIPv4Address());
    return forms.some((form) =>
      this.ranges.some(([network, bits]) => network.kind() === form.kind() && form.match(network, bits)),
    );
  }
}
