import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { StopWaiting, waitFor } from './wait-for';

/** Tests that stop their own PostgreSQL must not touch the machine's shared one: each gets a cluster of its own. */
const pgBin = (tool: string): string => {
  const [version] = readdirSync('/usr/lib/postgresql').sort().reverse();
  return join('/usr/lib/postgresql', version, 'bin', tool);
};

/** initdb and pg_ctl refuse to run as root; the cluster belongs to the postgres user. */
const asPostgres = (tool: string, args: string[]): void => {
  const command = process.getuid?.() === 0 ? 'runuser' : pgBin(tool);
  const argv = process.getuid?.() === 0 ? ['-u', 'postgres', '--', pgBin(tool), ...args] : args;
  execFileSync(command, argv, { stdio: 'pipe' });
};

export class PrivatePostgres {
  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'callsight-private-pg-'));
    chmodSync(dir, 0o777);
    const server = new PrivatePostgres(dir, await freePort());
    asPostgres('initdb', ['-D', server.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    await server.start();
    return server;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`;
    asPostgres('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
    await waitFor(() => this.accepts(), `private PostgreSQL on ${this.port} to accept connections`);
  }

  /** A fast shutdown: sessions are ended with 57P01, as in a real restart. */
  stop(): void {
    asPostgres('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async accepts(): Promise<boolean> {
    const client = new Client({ connectionString: this.url });
    try {
      await client.connect();
      return true;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** A NATS server with JetStream of the test's own, on a free port, that the test may stop and start again. */
export class PrivateNats {
  private child: ChildProcess | null = null;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateNats> {
    const server = new PrivateNats(mkdtempSync(join(tmpdir(), 'callsight-private-nats-')), await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.dir], {
      stdio: 'ignore',
    });
    this.child = child;
    await waitFor(() => this.listening(), `private NATS on ${this.port} to listen`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private listening(): Promise<boolean> {
    if (this.child?.exitCode !== null) throw new StopWaiting(`nats-server exited with ${this.child?.exitCode}`);
    return new Promise((resolve) => {
      const socket = connect(this.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  }
}
