import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { StorageEnv } from '@callsight/common/storage';
import { startService } from '@callsight/messaging';
import { TranscriptionModule } from './transcription.module';
import { TranscriptionEnv, transcriptionSettingsFrom } from './transcription.settings';

runMain(async () => {
  const env = loadEnv(TranscriptionEnv);
  const runtime = processRuntime('transcription', env, DEFAULT_PORTS.transcription);
  await startService(
    TranscriptionModule.forRoot(runtime, transcriptionSettingsFrom(env), loadEnv(StorageEnv)),
    runtime,
  );
});
