import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, Dispatcher } from 'undici';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { canonicalHost, EgressPolicy } from './egress-policy';

/** Resolves a host name to every address it has; injectable so tests can point it at their own DNS server. */
export type HostLookup = (hostname: string) => Promise<LookupAddress[]>;

export const systemLookup: HostLookup = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const denied = (message: string): DomainError => new DomainError(ErrorCodes.egressDenied, message);

/**
 * An HTTP dispatcher that checks every address a host name resolves to at connect time, so a
 * DNS answer cannot smuggle a request to a private address after the URL was checked.
 */
export function guardedDispatcher(
  policy: EgressPolicy,
  options: { connectTimeoutMs?: number; lookup?: HostLookup } = {},
): Dispatcher {
  const resolve = options.lookup ?? systemLookup;
  const lookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname).then(
      (addresses) => {
        try {
          if (addresses.length === 0)
            throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
          for (const { address } of addresses) policy.assertAllowed(hostname, address);
        } catch (refused) {
          return callback(refused as NodeJS.ErrnoException, []);
        }
        if (lookupOptions.all) return callback(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
  return new Agent({ connect: { lookup, timeout: options.connectTimeoutMs ?? 10_000 } as Agent.Options['connect'] });
}

/** Why a URL is refused without any look-up (scheme, literal addresses, loopback names), or null. */
export function staticUrlRefusal(policy: EgressPolicy, url: URL): string | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `only http and https URLs are allowed, not ${url.protocol}`;
  const host = canonicalHost(url.hostname);
  if (isIP(host)) {
    const refusal = policy.addressRefusal(host);
    return refusal ? `${host} is not a public address (${refusal})` : null;
  }
  const refusal = policy.hostNameRefusal(host);
  return refusal ? `${host} is ${refusal}` : null;
}

/**
 * Checks a URL before any connection: scheme, literal IP hosts (which never go through DNS look-up) and
 * loopback names. The URL must be the WHATWG-parsed one the HTTP client uses, so `http://2130706433/`,
 * `http://0x7f.1/` and IDN spellings are judged as the address they are.
 */
export function assertUrlAllowed(policy: EgressPolicy, url: URL): void {
  const refusal = staticUrlRefusal(policy, url);
  if (!refusal) return;
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw denied(`Only http and https URLs are allowed, not ${url.protocol}`);
  throw denied(`Requests to ${url.hostname} are not allowed: ${refusal}; set CALLSIGHT_EGRESS_ALLOW to permit it`);
}

/**
 * Why a URL about to be saved is refused, or null. A host name is resolved (within `timeoutMs`) and
 * refused when any address it has is; a name that does not resolve now is accepted, since the
 * fetch-time guard checks every connection anyway (DNS answers change after saving).
 */
export async function savedUrlRefusal(
  policy: EgressPolicy,
  raw: string,
  options: { lookup?: HostLookup; timeoutMs: number },
): Promise<string | null> {
  if (!URL.canParse(raw)) return 'it is not a valid URL';
  const url = new URL(raw);
  const early = staticUrlRefusal(policy, url);
  if (early) return early;
  const host = canonicalHost(url.hostname);
  if (isIP(host) || policy.hostAllowed(host)) return null;
  const addresses = await withTimeout((options.lookup ?? systemLookup)(host), options.timeoutMs).catch(() => []);
  for (const { address } of addresses) {
    const refusal = policy.addressRefusal(address);
    if (refusal) return `${host} resolves to ${address}, which is not a public address (${refusal})`;
  }
  return null;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
