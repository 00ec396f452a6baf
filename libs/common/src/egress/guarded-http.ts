import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, Dispatcher } from 'undici';
import { DomainError } from '@callsight/contracts';
import { EgressPolicy } from './egress-policy';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * An HTTP dispatcher that checks every address a host name resolves to at connect time, so a
 * DNS answer cannot smuggle a request to a private address after the URL was checked.
 */
export function guardedDispatcher(policy: EgressPolicy, options: { connectTimeoutMs?: number } = {}): Dispatcher {
  const lookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      try {
        for (const { address } of addresses) policy.assertAllowed(hostname, address);
      } catch (denied) {
        return callback(denied as NodeJS.ErrnoException, []);
      }
      if (lookupOptions.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  return new Agent({ connect: { lookup, timeout: options.connectTimeoutMs ?? 10_000 } as Agent.Options['connect'] });
}

/** Checks a URL before any connection: scheme, and literal IP hosts (which never go through DNS look-up). */
export function assertUrlAllowed(policy: EgressPolicy, url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DomainError('egress_denied', `Only http and https URLs are allowed, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) policy.assertAllowed(host, host);
}
