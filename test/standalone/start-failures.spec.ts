import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port';
import { entryPoint } from '../support/service-processes';
import { StopWaiting, waitFor } from '../support/wait-for';

/**
 * What a new user meets when `npm start` cannot start: one sentence on stderr that says what to do,
 * exit code 1, and no PostgreSQL left running. Each run is the built entry point with its own data directory.
 */

interface Exit {
  code: number | null;
  stderr: string;
}

const asRoot = process.getuid?.() === 0;
const scratch = mkdtempSync(join(tmpdir(), 'callsight-start-failures-'));
// As root, PostgreSQL runs as the `postgres` user, who must pass through here (mkdtemp makes it 0700).
chmodSync(scratch, 0o711);
let dirs = 0;
const newDataDir = (): string => join(scratch, `data-${++dirs}`);

function standaloneEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', CALLSIGHT_DATA_DIR: dataDir, ...extra };
}

/** Runs `npm start`'s entry point until it exits (it must, within the timeout). */
function runToExit(env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entryPoint('standalone')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the standalone process did not exit; stderr so far:\n${stderr}`));
    }, 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function expectRefusal(exit: Exit, sentence: string | RegExp): void {
  expect(exit.code).toBe(1);
  const lines = exit.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  if (typeof sentence === 'string') expect(lines[0]).toBe(sentence);
  else expect(lines[0]).toMatch(sentence);
  expect(exit.stderr).not.toMatch(/undefined|\n\s+at /);
}

/** A running `npm start`, for the checks that need one. */
class Running {
  private output = '';
  private constructor(
    private readonly child: ChildProcess,
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(dataDir: string): Promise<Running> {
    const port = await freePort();
    const child = spawn(process.execPath, [entryPoint('standalone')], {
      env: standaloneEnv(dataDir, { PORT: String(port) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = new Running(child, dataDir, port);
    child.stdout?.on('data', (chunk: Buffer) => (running.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (running.output += chunk.toString()));
    await waitFor(
      () => {
        if (child.exitCode !== null)
          throw new StopWaiting(`standalone exited with ${child.exitCode}:\n${running.output}`);
        return running.output.includes('Try it:');
      },
      'the standalone process to print its welcome',
      90_000,
      200,
    );
    return running;
  }

  /** The database the runtime file tells the CLI about. */
  databaseUrl(): URL {
    const runtime = JSON.parse(readFileSync(join(this.dataDir, 'runtime.json'), 'utf8')) as { databaseUrl: string };
    return new URL(runtime.databaseUrl);
  }

  postgresPid(): number {
    return Number.parseInt(readFileSync(join(this.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0], 10);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

function listenOn(port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

const closeServer = (server: Server): Promise<void> => new Promise((resolve) => server.close(() => resolve()));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm start on a port that is taken', () => {
  let blocker: Server;
  let taken: number;

  beforeAll(async () => {
    taken = await freePort();
    blocker = await listenOn(taken, '127.0.0.1');
  });

  afterAll(() => closeServer(blocker));

  it('tells a configured embedded PostgreSQL port in use, and starts no PostgreSQL', async () => {
    const dataDir = newDataDir();
    const exit = await runToExit(standaloneEnv(dataDir, { PORT: '0', CALLSIGHT_EMBEDDED_PG_PORT: String(taken) }));
    expectRefusal(
      exit,
      `The embedded PostgreSQL port ${taken} (CALLSIGHT_EMBEDDED_PG_PORT) is in use by another program; set CALLSIGHT_EMBEDDED_PG_PORT to a free port, or leave it unset to have one picked.`,
    );
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('tells the HTTP port in use before starting PostgreSQL', async () => {
    const dataDir = newDataDir();
    const exit = await runToExit(standaloneEnv(dataDir, { PORT: String(taken) }));
    expectRefusal(
      exit,
      `Port ${taken} is in use by another program (perhaps another npm start); stop it, or set PORT to a free port.`,
    );
    expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
  });
});

describe('npm start with no embedded PostgreSQL port configured', () => {
  let first: Running;
  let second: Running;

  beforeAll(async () => {
    first = await Running.start(newDataDir());
    second = await Running.start(newDataDir());
  });

  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it('starts two instances on different data directories, each on a port of its own that its runtime file records', async () => {
    const [a, b] = [first.databaseUrl(), second.databaseUrl()];
    expect(a.hostname).toBe('127.0.0.1');
    expect(a.port).not.toBe(b.port);
    for (const running of [first, second]) {
      const whoami = await fetch(`http://127.0.0.1:${running.port}/api/v1/auth/whoami`);
      expect(whoami.status).toBe(401);
    }
  });

  it('lets the CLI find the embedded database through the runtime file', () => {
    const cli = spawnSync(process.execPath, [entryPoint('cli'), 'keys', 'list', '--workspace', 'default'], {
      env: standaloneEnv(first.dataDir),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual([expect.objectContaining({ name: 'first key' })]);
  });

  it('refuses a second instance on a data directory in use, before its port', async () => {
    const exit = await runToExit(standaloneEnv(first.dataDir, { PORT: String(first.port) }));
    expectRefusal(
      exit,
      `The data directory ${first.dataDir} is in use by another Callsight (its PostgreSQL runs as pid ${first.postgresPid()}); stop that one first, or give this one its own CALLSIGHT_DATA_DIR.`,
    );
    expect((await fetch(`http://127.0.0.1:${first.port}/api/v1/auth/whoami`)).status).toBe(401);
  });

  it('refuses a second instance on a data directory in use with a PostgreSQL port of its own', async () => {
    const exit = await runToExit(
      standaloneEnv(first.dataDir, { PORT: '0', CALLSIGHT_EMBEDDED_PG_PORT: String(await freePort()) }),
    );
    expectRefusal(exit, /^The data directory .* is in use by another Callsight/);
  });
});

describe('npm start on a data directory it cannot use', () => {
  it('tells a stale lock left by a PostgreSQL whose pid another program now has', async () => {
    const dataDir = newDataDir();
    mkdirSync(join(dataDir, 'postgres'), { recursive: true });
    const lockFile = join(dataDir, 'postgres', 'postmaster.pid');
    // This test process is alive and is not PostgreSQL.
    writeFileSync(lockFile, `${process.pid}\n${dataDir}\n`);
    const exit = await runToExit(standaloneEnv(dataDir, { PORT: '0' }));
    expectRefusal(
      exit,
      `The data directory ${dataDir} has a stale lock (${lockFile} names pid ${process.pid}, which is not PostgreSQL); delete that file and start again.`,
    );
  });

  it('tells a data directory the database user cannot reach', async () => {
    const closed = join(scratch, 'closed');
    mkdirSync(closed);
    const dataDir = join(closed, 'data');
    if (asRoot) {
      // PostgreSQL runs as the `postgres` user; a 0700 directory of another user's is closed to it (not to root).
      chownSync(closed, Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout), 0);
      chmodSync(closed, 0o700);
    } else {
      chmodSync(closed, 0o500);
    }
    const exit = await runToExit(standaloneEnv(dataDir, { PORT: '0' }));
    chmodSync(closed, 0o700);
    expectRefusal(
      exit,
      asRoot
        ? `PostgreSQL runs as the system user "postgres" (Callsight runs as root) and that user cannot reach ${dataDir}, because a directory above it is closed to other users; set CALLSIGHT_DATA_DIR to a directory outside it, or open the directories above it with chmod o+x.`
        : `Callsight cannot write to its data directory ${dataDir}; set CALLSIGHT_DATA_DIR to a directory you can write to.`,
    );
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
