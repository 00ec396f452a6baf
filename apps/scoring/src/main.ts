import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { ScoringModule } from './scoring.module';
import { ScoringEnv, scoringSettingsFrom } from './scoring.env';

runMain(async () => {
  const env = loadEnv(ScoringEnv);
  const runtime = processRuntime('scoring', env, DEFAULT_PORTS.scoring);
  await startService(ScoringModule.forRoot(runtime, scoringSettingsFrom(env)), runtime);
});
