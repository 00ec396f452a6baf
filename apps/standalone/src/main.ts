import 'reflect-metadata';
import { BusConfig, loadEnv, runMain } from '@callsight/common/config';
import { DEFAULT_WORKSPACE } from '../../gateway/src/workspaces/bootstrap-key.service';
import { WorkspacesService } from '../../gateway/src/workspaces/workspaces.service';
import { startCallsightStack } from './callsight-stack';
import { refuseDataDirInUse, startEmbeddedPostgres } from './embedded-postgres';
import { secretsKeyOf } from './secrets-key-file';
import { StandaloneEnv } from './standalone.env';
import { removeRuntimeFile, writeRuntimeFile } from './runtime-file';
import { portInUse, StartFailure } from './start-failure';
import { TranscriptionEnv, transcriptionSettingsFrom } from '../../transcription/src/transcription.settings';
import { checkSpeechEngine, startupWarning } from '../../transcription/src/engines/engine-availability';

/**
 * Everything in one process: the six service modules, each with its own Nest application and
 * schema, talking over the in-process bus (or NATS when NATS_URL is set), on embedded PostgreSQL
 * (or DATABASE_URL). Only the gateway listens on HTTP.
 */
runMain(async () => {
  const env = loadEnv(StandaloneEnv);
  // Checked before PostgreSQL starts, so a second `npm start` is told at once rather than after the whole boot;
  // the data directory first, as it says more about a second `npm start` than the port they also share.
  if (!env.DATABASE_URL) refuseDataDirInUse(env.CALLSIGHT_DATA_DIR);
  if (env.PORT !== 0 && (await portInUse(env.PORT, process.env.HOST ?? '0.0.0.0'))) throw httpPortTaken(env.PORT);
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(env.CALLSIGHT_DATA_DIR, env.CALLSIGHT_EMBEDDED_PG_PORT);
  const databaseUrl = env.DATABASE_URL ?? (embedded as { url: string }).url;
  const bus: BusConfig = env.NATS_URL
    ? { kind: 'nats', url: env.NATS_URL, maxDeliveries: env.CALLSIGHT_JETSTREAM_MAX_DELIVERIES }
    : { kind: 'in-process' };
  const secretsKey = process.env.CALLSIGHT_SECRETS_KEY || secretsKeyOf(env.CALLSIGHT_DATA_DIR);
  const stack = await startCallsightStack({
    databaseUrl,
    bus,
    port: env.PORT,
    env: { ...process.env, CALLSIGHT_SECRETS_KEY: secretsKey },
  }).catch(async (error: unknown) => {
    await embedded?.stop().catch(() => undefined);
    throw (error as NodeJS.ErrnoException)?.code === 'EADDRINUSE' ? httpPortTaken(env.PORT) : error;
  });

  const url = env.CALLSIGHT_PUBLIC_URL ?? stack.url.replace('127.0.0.1', 'localhost');
  writeRuntimeFile(env.CALLSIGHT_DATA_DIR, { databaseUrl, pid: process.pid, url });
  const firstKey = await firstRunKey(stack.gateway.get(WorkspacesService));
  printWelcome(url, firstKey, bus, embedded !== null);
  await warnWithoutSpeechEngine({ ...process.env, DATABASE_URL: databaseUrl });

  const shutdown = async (): Promise<void> => {
    await stack.close();
    await embedded?.stop().catch(() => undefined);
    removeRuntimeFile(env.CALLSIGHT_DATA_DIR);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
});

const httpPortTaken = (port: number): StartFailure =>
  new StartFailure(
    `Port ${port} is in use by another program (perhaps another npm start); stop it, or set PORT to a free port.`,
  );

/** On a fresh install the `default` workspace gets a first key, printed once, so the API can be tried at once. */
async function firstRunKey(workspaces: WorkspacesService): Promise<string | null> {
  const workspace = await workspaces.findWorkspace(DEFAULT_WORKSPACE).catch(() => null);
  if (workspace && (await workspaces.hasActiveKeys(workspace.id))) return null;
  const target = workspace ?? (await workspaces.createWorkspace(DEFAULT_WORKSPACE));
  return (await workspaces.createKey(target.id, 'first key')).key;
}

/** Said once at startup, as health and every audio job say it, so a missing install is found before the first call. */
async function warnWithoutSpeechEngine(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = transcriptionSettingsFrom(loadEnv(TranscriptionEnv, env));
  const warning = startupWarning(
    settings.defaultEngine,
    await checkSpeechEngine(settings.defaultEngine, settings.pocketsphinx),
  );
  if (warning) process.stdout.write(`${warning}\n\n`);
}

function printWelcome(url: string, firstKey: string | null, bus: BusConfig, embedded: boolean): void {
  const lines = [
    '',
    `Callsight is running at ${url}`,
    `  Swagger UI:       ${url}/docs`,
    `  OpenAPI document: ${url}/docs-json`,
    `  Database: ${embedded ? 'embedded PostgreSQL (data in CALLSIGHT_DATA_DIR)' : 'DATABASE_URL'}; bus: ${bus.kind === 'nats' ? 'NATS JetStream' : 'in-process'}`,
    '',
    firstKey
      ? `Your first API key (workspace "default"; shown only now, store it):\n  ${firstKey}`
      : 'API keys: the "default" workspace already has one.',
    'Get another API key with:',
    '  npm run cli -- keys create --workspace default --name "my key"',
    `Try it:  curl -H "Authorization: Bearer <key>" ${url}/api/v1/auth/whoami`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
