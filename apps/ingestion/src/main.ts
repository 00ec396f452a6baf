import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { IngestionModule } from './ingestion.module';
import { IngestionEnv, ingestionSettingsFrom } from './ingestion.env';

runMain(async () => {
  const env = loadEnv(IngestionEnv);
  const runtime = processRuntime('ingestion', env, DEFAULT_PORTS.ingestion);
  await startService(IngestionModule.forRoot(runtime, ingestionSettingsFrom(env)), runtime);
});
