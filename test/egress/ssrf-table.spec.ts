import { existsSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { request } from 'undici';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import {
  assertUrlAllowed,
  EgressPolicy,
  guardedDispatcher,
  HostLookup,
  savedUrlRefusal,
} from '@callsight/common/egress';
import { TinyDns } from '../support/tiny-dns';
import { SSRF_CASES, SSRF_DNS_RECORDS, SSRF_TABLE_END, SSRF_TABLE_START, ssrfTable } from './ssrf-cases';

const ROOT = join(__dirname, '..', '..');

/** Counts connections to a loopback port (IPv4 and, where the machine has it, IPv6): a refused request must make none. */
async function listenOnLoopback(): Promise<{ port: number; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const accept = (): Server => createServer((socket) => (connections += 1) && socket.destroy());
  const v4 = accept();
  await new Promise<void>((resolve) => v4.listen(0, '127.0.0.1', resolve));
  const port = (v4.address() as AddressInfo).port;
  const v6 = accept();
  const v6Listening = await new Promise<boolean>((resolve) => {
    v6.once('error', () => resolve(false));
    v6.listen(port, '::1', () => resolve(true));
  });
  const servers = v6Listening ? [v4, v6] : [v4];
  return {
    port,
    connections: () => connections,
    close: () =>
      Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))).then(() => undefined),
  };
}

/** What the webhook and audio fetchers do: check the URL, then request it through the guarded dispatcher. */
async function fetchThroughGuard(policy: EgressPolicy, lookup: HostLookup, url: string): Promise<unknown> {
  try {
    const target = new URL(url);
    assertUrlAllowed(policy, target);
    const response = await request(target, {
      dispatcher: guardedDispatcher(policy, { lookup, connectTimeoutMs: 1000 }),
      headersTimeout: 1000,
      bodyTimeout: 1000,
    });
    await response.body.dump();
    return null;
  } catch (error) {
    return error;
  }
}

/** A markdown table's cells, so Prettier's column padding does not count as a difference. */
const cells = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/^-{3,}$/, '---')));

const egressDenied = (error: unknown): boolean =>
  [error, (error as { cause?: unknown } | null)?.cause].some(
    (candidate) => candidate instanceof DomainError && candidate.code === ErrorCodes.egressDenied,
  );

describe('SSRF table (docs/ssrf.md)', () => {
  const closed = new EgressPolicy();
  let listener: Awaited<ReturnType<typeof listenOnLoopback>>;
  let dns: TinyDns;

  beforeAll(async () => {
    listener = await listenOnLoopback();
    dns = await TinyDns.start(SSRF_DNS_RECORDS);
  });

  afterAll(async () => {
    await listener?.close();
    await dns?.close();
  });

  it('docs/ssrf.md holds the table made from the cases', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'ssrf.md'), 'utf8');
    const start = doc.indexOf(SSRF_TABLE_START);
    const end = doc.indexOf(SSRF_TABLE_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(cells(doc.slice(start + SSRF_TABLE_START.length, end))).toEqual(cells(ssrfTable()));
  });

  const fetchable = SSRF_CASES.filter((entry) => !entry.provenBy);
  it.each(fetchable.map((entry) => [entry.what, entry.url] as const))(
    '%s (%s) is refused when saved and when fetched, and nothing reaches the listener',
    async (_what, template) => {
      const url = template.replace('{port}', String(listener.port));
      const lookup = dns.lookup();
      expect(await savedUrlRefusal(closed, url, { lookup, timeoutMs: 2000 })).toEqual(expect.any(String));
      const failure = await fetchThroughGuard(closed, lookup, url);
      expect(egressDenied(failure)).toBe(true);
      expect(listener.connections()).toBe(0);
    },
  );

  it.each(SSRF_CASES.filter((entry) => entry.provenBy).map((entry) => [entry.what, entry.provenBy ?? ''] as const))(
    '%s is proven in %s',
    (_what, spec) => {
      expect(existsSync(join(ROOT, spec))).toBe(true);
      expect(readFileSync(join(ROOT, spec), 'utf8')).toMatch(/redirect to the cloud metadata address/);
    },
  );

  // Last, as it is the one request that connects: the listener counts, and the allow-list lets what it lists through.
  it('lets through what CALLSIGHT_EGRESS_ALLOW lists, by address and by host name', async () => {
    const lookup = dns.lookup();
    const byAddress = EgressPolicy.fromEnv('127.0.0.1');
    const byName = EgressPolicy.fromEnv('loopback.callsight.test');
    const url = `http://127.0.0.1:${listener.port}/`;
    expect(await savedUrlRefusal(byAddress, url, { lookup, timeoutMs: 2000 })).toBeNull();
    expect(egressDenied(await fetchThroughGuard(byAddress, lookup, url))).toBe(false);
    expect(listener.connections()).toBe(1);
    const named = `http://loopback.callsight.test:${listener.port}/`;
    expect(await savedUrlRefusal(byName, named, { lookup, timeoutMs: 2000 })).toBeNull();
    expect(egressDenied(await fetchThroughGuard(byName, lookup, named))).toBe(false);
    expect(listener.connections()).toBe(2);
  });
});
