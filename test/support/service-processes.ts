import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { SERVICE_NAMES, ServiceName } from '@callsight/contracts';
import { HEALTH_ROUTES } from '@callsight/common/health/health-routes';
import { freePort } from './free-port';
import { StopWaiting, waitFor } from './wait-for';

const ROOT = resolve(__dirname, '..', '..');
export const LOG_DIR = join(ROOT, 'test-results', 'logs');

export const entryPoint = (app: string): string => join(ROOT, 'dist', 'apps', app, 'main.js');

/** One service as its own OS process (the built entry point), with its output kept in a log file. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private log: WriteStream | null = null;
  exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logLabel: string,
  ) {}

  start(): void {
    if (!existsSync(entryPoint(this.name)))
      throw new Error(`${entryPoint(this.name)} is missing: run \`npm run build\` first (npm test does)`);
    mkdirSync(LOG_DIR, { recursive: true });
    this.log = createWriteStream(join(LOG_DIR, `${this.logLabel}-${this.name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [entryPoint(this.name)], {
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    this.child = child;
  }

  async waitReady(timeoutMs = 60_000): Promise<void> {
    await waitFor(
      async () => {
        if (this.child?.exitCode !== null)
          throw new StopWaiting(`${this.name} exited with ${this.child?.exitCode}; see ${LOG_DIR}`);
        const response = await fetch(`http://127.0.0.1:${this.port}${HEALTH_ROUTES.readiness}`);
        return response.status === 200;
      },
      `${this.name} to be ready`,
      timeoutMs,
      200,
    );
  }

  /** Stops the process: SIGKILL simulates a crash, SIGTERM a graceful shutdown. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    this.log?.end();
  }
}

export interface Cluster {
  services: Record<ServiceName, ServiceProcess>;
  gatewayUrl: string;
  stop(): Promise<void>;
}

/** The six services as separate processes against one database and one NATS server. */
export async function startCluster(
  env: NodeJS.ProcessEnv,
  logLabel: string,
  readyTimeoutMs = 60_000,
): Promise<Cluster> {
  const services = {} as Record<ServiceName, ServiceProcess>;
  for (const name of SERVICE_NAMES) services[name] = new ServiceProcess(name, await freePort(), env, logLabel);
  const all = Object.values(services);
  const stop = async () => void (await Promise.all(all.map((service) => service.stop('SIGTERM'))));
  try {
    for (const service of all) service.start();
    await Promise.all(all.map((service) => service.waitReady(readyTimeoutMs)));
  } catch (error) {
    await stop();
    throw error;
  }
  return { services, gatewayUrl: `http://127.0.0.1:${services.gateway.port}`, stop };
}
