import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { WebhookModule } from './webhook.module';
import { recordingUrlSettingsFrom } from '@callsight/common/recordings';
import { WebhookEnv, webhookSettingsFrom } from './webhook.env';

runMain(async () => {
  const env = loadEnv(WebhookEnv);
  const runtime = processRuntime('webhook', env, DEFAULT_PORTS.webhook);
  await startService(WebhookModule.forRoot(runtime, webhookSettingsFrom(env), recordingUrlSettingsFrom(env)), runtime);
});
