/**
 * Every address class and URL trick the egress guard refuses: the one list that docs/ssrf.md's table
 * and test/egress/ssrf-table.spec.ts are both made from. `{port}` is a loopback listener's port, and
 * the names under callsight.test are answered by the test's own DNS server.
 */
export interface SsrfCase {
  what: string;
  url: string;
  /** Where the case is proven when it is not a URL the table spec can fetch (redirects). */
  provenBy?: string;
}

export const SSRF_DNS_RECORDS: Record<string, string[]> = {
  'loopback.callsight.test': ['127.0.0.1'],
  'metadata.callsight.test': ['169.254.169.254'],
  'mixed.callsight.test': ['93.184.216.34', '10.0.0.1'],
  'ula.callsight.test': ['fd12:3456::1'],
};

export const SSRF_CASES: SsrfCase[] = [
  { what: 'IPv4 loopback 127.0.0.0/8', url: 'http://127.0.0.1:{port}/' },
  { what: 'IPv4 loopback, any port', url: 'http://127.0.0.1:22/' },
  { what: 'IPv6 loopback ::1', url: 'http://[::1]:{port}/' },
  { what: 'unspecified 0.0.0.0 (reaches this host)', url: 'http://0.0.0.0:{port}/' },
  { what: 'unspecified ::', url: 'http://[::]:{port}/' },
  { what: '"this network" 0.0.0.0/8', url: 'http://0.1.2.3/' },
  { what: 'private 10.0.0.0/8', url: 'http://10.0.0.1/' },
  { what: 'private 172.16.0.0/12', url: 'http://172.16.0.1/' },
  { what: 'private 192.168.0.0/16', url: 'http://192.168.1.1/' },
  { what: 'link-local 169.254.0.0/16', url: 'http://169.254.1.1/' },
  { what: 'cloud metadata 169.254.169.254', url: 'http://169.254.169.254/latest/meta-data/' },
  { what: 'cloud metadata fd00:ec2::254 (AWS IPv6)', url: 'http://[fd00:ec2::254]/' },
  { what: 'cloud metadata 100.100.100.200 (Alibaba)', url: 'http://100.100.100.200/' },
  { what: 'carrier-grade NAT 100.64.0.0/10', url: 'http://100.64.0.1/' },
  { what: 'IETF protocol assignments 192.0.0.0/24', url: 'http://192.0.0.8/' },
  { what: 'benchmarking 198.18.0.0/15', url: 'http://198.18.0.1/' },
  { what: 'documentation 192.0.2.0/24', url: 'http://192.0.2.1/' },
  { what: 'documentation 198.51.100.0/24', url: 'http://198.51.100.1/' },
  { what: 'documentation 203.0.113.0/24', url: 'http://203.0.113.1/' },
  { what: 'multicast 224.0.0.0/4', url: 'http://224.0.0.1/' },
  { what: 'reserved 240.0.0.0/4', url: 'http://240.0.0.1/' },
  { what: 'broadcast 255.255.255.255', url: 'http://255.255.255.255/' },
  { what: 'IPv4-mapped ::ffff:0:0/96 carrying loopback', url: 'http://[::ffff:127.0.0.1]:{port}/' },
  { what: 'IPv4-compatible ::/96 (deprecated)', url: 'http://[::127.0.0.1]:{port}/' },
  { what: 'NAT64 64:ff9b::/96 carrying a private address', url: 'http://[64:ff9b::10.0.0.1]/' },
  { what: 'local-use NAT64 64:ff9b:1::/48', url: 'http://[64:ff9b:1::808:808]/' },
  { what: '6to4 2002::/16 carrying loopback', url: 'http://[2002:7f00:1::1]/' },
  {
    what: 'Teredo 2001::/32 with a loopback client (NOT of the last 32 bits)',
    url: 'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/',
  },
  { what: 'IETF protocol assignments 2001::/23', url: 'http://[2001:2::1]/' },
  { what: 'documentation 2001:db8::/32', url: 'http://[2001:db8::1]/' },
  { what: 'documentation 3fff::/20', url: 'http://[3fff::1]/' },
  { what: 'discard-only 100::/64', url: 'http://[100::1]/' },
  { what: 'unique local fc00::/7', url: 'http://[fd12:3456::1]/' },
  { what: 'site-local fec0::/10 (deprecated)', url: 'http://[fec0::1]/' },
  { what: 'IPv6 link-local fe80::/10', url: 'http://[fe80::1]/' },
  { what: 'IPv6 multicast ff00::/8', url: 'http://[ff02::1]/' },
  { what: 'IPv6 outside global unicast 2000::/3', url: 'http://[4000::1]/' },
  { what: 'decimal IPv4', url: 'http://2130706433:{port}/' },
  { what: 'octal IPv4', url: 'http://017700000001:{port}/' },
  { what: 'hex IPv4', url: 'http://0x7f.1:{port}/' },
  { what: 'shortened IPv4', url: 'http://127.1:{port}/' },
  { what: 'trailing dot on an address', url: 'http://127.0.0.1.:{port}/' },
  { what: 'userinfo before the host', url: 'http://public.example@127.0.0.1:{port}/' },
  { what: 'IDN digits', url: 'http://①②⑦.0.0.1:{port}/' },
  { what: 'IDN spelling of localhost', url: 'http://ⓛocalhost:{port}/' },
  { what: 'localhost', url: 'http://localhost:{port}/' },
  { what: 'localhost with a trailing dot', url: 'http://localhost.:{port}/' },
  { what: 'a name under .localhost', url: 'http://api.localhost:{port}/' },
  { what: 'a name that resolves to loopback', url: 'http://loopback.callsight.test:{port}/' },
  { what: 'a name that resolves to the metadata address', url: 'http://metadata.callsight.test/' },
  { what: 'a name with one public and one private address', url: 'http://mixed.callsight.test/' },
  { what: 'a name that resolves to a unique local IPv6 address', url: 'http://ula.callsight.test/' },
  { what: 'file scheme', url: 'file:///etc/passwd' },
  { what: 'ftp scheme', url: 'ftp://127.0.0.1:{port}/' },
  { what: 'gopher scheme', url: 'gopher://127.0.0.1:{port}/_' },
  {
    what: 'a redirect to a private address',
    url: '(audio: every hop re-checked; webhooks follow no redirects)',
    provenBy: 'test/transcription/audio-source.spec.ts',
  },
];

export const SSRF_TABLE_START = '<!-- ssrf-table:start (made from test/egress/ssrf-cases.ts) -->';
export const SSRF_TABLE_END = '<!-- ssrf-table:end -->';

/** The table as docs/ssrf.md holds it. */
export function ssrfTable(): string {
  const rows = SSRF_CASES.map(({ what, url, provenBy }) =>
    provenBy
      ? `| ${what} | ${url} | n/a | refused (\`${provenBy}\`) |`
      : `| ${what} | \`${url.replace('{port}', '<port>')}\` | refused (400) | refused, nothing sent |`,
  );
  return ['| Class or trick | Example | When saved | When fetched |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
