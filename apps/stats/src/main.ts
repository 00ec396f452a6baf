import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { BaseEnv, loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { StatsModule } from './stats.module';

runMain(async () => {
  const runtime = processRuntime('stats', loadEnv(BaseEnv), DEFAULT_PORTS.stats);
  await startService(StatsModule.forRoot(runtime), runtime);
});
