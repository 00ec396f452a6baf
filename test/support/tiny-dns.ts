import { createSocket, Socket } from 'node:dgram';
import type { LookupAddress } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import { isIPv4 } from 'node:net';
import type { HostLookup } from '@callsight/common/egress';

const A = 1;
const AAAA = 28;

/** The question's name (labels), and where the question ends, in a DNS query. */
function readQuestion(query: Buffer): { name: string; end: number } {
  const labels: string[] = [];
  let offset = 12;
  while (query[offset] !== 0) {
    labels.push(query.subarray(offset + 1, offset + 1 + query[offset]).toString('ascii'));
    offset += query[offset] + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: offset + 5 };
}

function addressBytes(address: string): Buffer {
  if (isIPv4(address)) return Buffer.from(address.split('.').map(Number));
  const [head, tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail).length;
  const all = [...groups(head), ...Array<string>(missing).fill('0'), ...groups(tail)];
  return Buffer.from(all.flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]));
}

/** Answers A and AAAA questions from a fixed table, NXDOMAIN otherwise: a real DNS server on loopback UDP for tests. */
export class TinyDns {
  private constructor(
    private readonly socket: Socket,
    readonly port: number,
  ) {}

  static async start(records: Record<string, string[]>): Promise<TinyDns> {
    const socket = createSocket('udp4');
    socket.on('message', (query, peer) => socket.send(answer(query, records), peer.port, peer.address));
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    return new TinyDns(socket, socket.address().port);
  }

  /** A look-up that asks this server only, as the egress guard's injectable HostLookup. */
  lookup(): HostLookup {
    const resolver = new Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([`127.0.0.1:${this.port}`]);
    const none = (): string[] => [];
    return async (hostname) => {
      const [v4, v6] = await Promise.all([
        resolver.resolve4(hostname).catch(none),
        resolver.resolve6(hostname).catch(none),
      ]);
      const addresses: LookupAddress[] = [
        ...v4.map((address) => ({ address, family: 4 })),
        ...v6.map((address) => ({ address, family: 6 })),
      ];
      if (!addresses.length) throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
      return addresses;
    };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

function answer(query: Buffer, records: Record<string, string[]>): Buffer {
  const { name, end } = readQuestion(query);
  const type = query.readUInt16BE(end - 4);
  const matching = (records[name] ?? []).filter(
    (address) => isIPv4(address) === (type === A) && (type === A || type === AAAA),
  );
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(records[name] ? 0x8180 : 0x8183, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(matching.length, 6);
  const answers = matching.map((address) => {
    const rdata = addressBytes(address);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0);
    fixed.writeUInt16BE(type, 2);
    fixed.writeUInt16BE(1, 4);
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([fixed, rdata]);
  });
  return Buffer.concat([header, query.subarray(12, end), ...answers]);
}
