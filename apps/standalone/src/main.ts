import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { BaseEnv, BusConfig, loadEnv, RuntimeConfig, runMain } from '@callsight/common/config';
import type { ServiceName } from '@callsight/contracts';
import { startService } from '@callsight/messaging';
import { IngestionModule } from '../../ingestion/src/ingestion.module';
import { IngestionEnv, ingestionSettingsFrom } from '../../ingestion/src/ingestion.env';
import { TranscriptionModule } from '../../transcription/src/transcription.module';
import { ScoringModule } from '../../scoring/src/scoring.module';
import { WebhookModule } from '../../webhook/src/webhook.module';
import { WebhookEnv, webhookSettingsFrom } from '../../webhook/src/webhook.env';
import { StatsModule } from '../../stats/src/stats.module';
import { GatewayEnv, gatewaySettingsFrom } from '../../gateway/src/gateway.env';
import { startGateway } from '../../gateway/src/gateway.app';
import { DEFAULT_WORKSPACE } from '../../gateway/src/workspaces/bootstrap-key.service';
import { WorkspacesService } from '../../gateway/src/workspaces/workspaces.service';
import { startEmbeddedPostgres } from './embedded-postgres';
import { StandaloneEnv } from './standalone.env';
import { removeRuntimeFile, writeRuntimeFile } from './runtime-file';

/**
 * Everything in one process: the six service modules, each with its own Nest application and
 * schema, talking over the in-process bus (or NATS when NATS_URL is set), on embedded PostgreSQL
 * (or DATABASE_URL). Only the gateway listens on HTTP.
 */
runMain(async () => {
  const env = loadEnv(StandaloneEnv);
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres(env.CALLSIGHT_DATA_DIR, env.CALLSIGHT_EMBEDDED_PG_PORT);
  const databaseUrl = env.DATABASE_URL ?? (embedded as { url: string }).url;
  const bus: BusConfig = env.NATS_URL ? { kind: 'nats', url: env.NATS_URL } : { kind: 'in-process' };
  const moduleEnv = { ...process.env, DATABASE_URL: databaseUrl };
  const base = loadEnv(BaseEnv, moduleEnv);
  const runtime = (service: ServiceName, httpPort: number | null): RuntimeConfig => ({ service, databaseUrl, bus, httpPort, logLevel: base.LOG_LEVEL });

  const apps: INestApplication[] = [];
  apps.push(await startService(IngestionModule.forRoot(runtime('ingestion', null), ingestionSettingsFrom(loadEnv(IngestionEnv, moduleEnv))), runtime('ingestion', null)));
  apps.push(await startService(TranscriptionModule.forRoot(runtime('transcription', null)), runtime('transcription', null)));
  apps.push(await startService(ScoringModule.forRoot(runtime('scoring', null)), runtime('scoring', null)));
  apps.push(await startService(WebhookModule.forRoot(runtime('webhook', null), webhookSettingsFrom(loadEnv(WebhookEnv, moduleEnv))), runtime('webhook', null)));
  apps.push(await startService(StatsModule.forRoot(runtime('stats', null)), runtime('stats', null)));
  const gateway = await startGateway(runtime('gateway', env.PORT), gatewaySettingsFrom(loadEnv(GatewayEnv, moduleEnv)));
  apps.push(gateway);

  const address = gateway.getHttpServer().address() as { port: number };
  const url = env.CALLSIGHT_PUBLIC_URL ?? `http://localhost:${address.port}`;
  writeRuntimeFile(env.CALLSIGHT_DATA_DIR, { databaseUrl, pid: process.pid, url });
  const firstKey = await firstRunKey(gateway.get(WorkspacesService));
  printWelcome(url, firstKey, bus, embedded !== null);

  const shutdown = async (): Promise<void> => {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    removeRuntimeFile(env.CALLSIGHT_DATA_DIR);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
});

/** On a fresh install the `default` workspace gets a first key, printed once, so the API can be tried at once. */
async function firstRunKey(workspaces: WorkspacesService): Promise<string | null> {
  const workspace = await workspaces.findWorkspace(DEFAULT_WORKSPACE).catch(() => null);
  if (workspace && (await workspaces.hasActiveKeys(workspace.id))) return null;
  const target = workspace ?? (await workspaces.createWorkspace(DEFAULT_WORKSPACE));
  return (await workspaces.createKey(target.id, 'first key')).key;
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
