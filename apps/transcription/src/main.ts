import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { BaseEnv, loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { startService } from '@callsight/messaging';
import { TranscriptionModule } from './transcription.module';

runMain(async () => {
  const runtime = processRuntime('transcription', loadEnv(BaseEnv), DEFAULT_PORTS.transcription);
  await startService(TranscriptionModule.forRoot(runtime), runtime);
});
