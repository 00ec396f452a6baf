import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { BaseEnv, loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { ScoringModule } from './scoring.module';

runMain(async () => {
  const runtime = processRuntime('scoring', loadEnv(BaseEnv), DEFAULT_PORTS.scoring);
  await startService(ScoringModule.forRoot(runtime), runtime);
});
