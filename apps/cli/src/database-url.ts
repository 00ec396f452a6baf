import { readRuntimeFile } from '../../standalone/src/runtime-file';

/** DATABASE_URL, else the database of the standalone process running from CALLSIGHT_DATA_DIR. */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const running = readRuntimeFile(env.CALLSIGHT_DATA_DIR ?? '.callsight');
  if (running) return running.databaseUrl;
  throw new Error(
    'Set DATABASE_URL, or start Callsight with `npm start` first (the CLI then uses its embedded database).',
  );
}
