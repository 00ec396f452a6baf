import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BaseEnv, BusConfig, loadEnv, RuntimeConfig } from '@callsight/common/config';
import type { ServiceName } from '@callsight/contracts';
import { startService } from '@callsight/messaging';
import { IngestionModule } from '../../ingestion/src/ingestion.module';
import { IngestionEnv, ingestionSettingsFrom } from '../../ingestion/src/ingestion.env';
import { TranscriptionModule } from '../../transcription/src/transcription.module';
import { TranscriptionEnv, transcriptionSettingsFrom } from '../../transcription/src/transcription.settings';
import { ScoringModule } from '../../scoring/src/scoring.module';
import { ScoringEnv, scoringSettingsFrom } from '../../scoring/src/scoring.env';
import { WebhookModule } from '../../webhook/src/webhook.module';
import { recordingUrlSettingsFrom } from '@callsight/common/recordings';
import { WebhookEnv, webhookSettingsFrom } from '../../webhook/src/webhook.env';
import { SecretBox } from '@callsight/common/secrets';
import { StatsModule } from '../../stats/src/stats.module';
import { GatewayEnv, gatewaySettingsFrom } from '../../gateway/src/gateway.env';
import { startGateway } from '../../gateway/src/gateway.app';
import { StorageEnv } from '@callsight/common/storage';

export interface StackOptions {
  databaseUrl: string;
  bus: BusConfig;
  port: number;
  /** Settings read by the modules (timeouts, webhook schedule, egress allowance…); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface CallsightStack {
  gateway: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots the six service modules in this process, gateway last so it only answers once everything consumes. */
export async function startCallsightStack(options: StackOptions): Promise<CallsightStack> {
  const given = options.env ?? process.env;
  // A stack started without a key (tests, embedding) seals with one that lives as long as the process;
  // the standalone entry passes the one it keeps in its data directory.
  const env = {
    ...given,
    CALLSIGHT_SECRETS_KEY: given.CALLSIGHT_SECRETS_KEY || SecretBox.generateKeyText(),
    DATABASE_URL: options.databaseUrl,
  };
  const { LOG_LEVEL } = loadEnv(BaseEnv, env);
  const runtime = (service: ServiceName, httpPort: number | null = null): RuntimeConfig => ({
    service,
    databaseUrl: options.databaseUrl,
    bus: options.bus,
    httpPort,
    logLevel: LOG_LEVEL,
    ownsProcess: false,
  });
  const apps: INestApplication[] = [];
  // Recording URLs point at the gateway; without CALLSIGHT_PUBLIC_URL, at the address it listens on, known once it does.
  let listeningUrl: string | null = null;
  const webhookEnv = loadEnv(WebhookEnv, env);
  const recordingUrls = {
    ...recordingUrlSettingsFrom(webhookEnv),
    publicUrl: webhookEnv.CALLSIGHT_PUBLIC_URL ?? (() => listeningUrl),
  };
  const close = async (): Promise<void> => {
    for (const app of apps.splice(0).reverse()) await app.close().catch(() => undefined);
  };
  try {
    apps.push(
      await startService(
        IngestionModule.forRoot(runtime('ingestion'), ingestionSettingsFrom(loadEnv(IngestionEnv, env))),
        runtime('ingestion'),
      ),
    );
    apps.push(
      await startService(
        TranscriptionModule.forRoot(
          runtime('transcription'),
          transcriptionSettingsFrom(loadEnv(TranscriptionEnv, env)),
          loadEnv(StorageEnv, env),
        ),
        runtime('transcription'),
      ),
    );
    apps.push(
      await startService(
        ScoringModule.forRoot(runtime('scoring'), scoringSettingsFrom(loadEnv(ScoringEnv, env))),
        runtime('scoring'),
      ),
    );
    apps.push(
      await startService(
        WebhookModule.forRoot(runtime('webhook'), webhookSettingsFrom(webhookEnv), recordingUrls),
        runtime('webhook'),
      ),
    );
    apps.push(await startService(StatsModule.forRoot(runtime('stats')), runtime('stats')));
    const gatewaySettings = gatewaySettingsFrom(loadEnv(GatewayEnv, env), loadEnv(StorageEnv, env));
    const gateway = await startGateway(runtime('gateway', options.port), {
      ...gatewaySettings,
      recordingUrls: { ...gatewaySettings.recordingUrls, publicUrl: recordingUrls.publicUrl },
    });
    apps.push(gateway);
    const { port } = (gateway.getHttpServer() as Server).address() as AddressInfo;
    listeningUrl = `http://127.0.0.1:${port}`;
    return { gateway, url: listeningUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}
