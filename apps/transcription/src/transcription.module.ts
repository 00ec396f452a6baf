import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, DEPENDENCY_CHECKS, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { TranscriptEntity } from './transcripts/transcript.entity';
import { TranscriptsService } from './transcripts/transcripts.service';
import { JobCreatedConsumer } from './transcripts/job-created.consumer';
import { TranscriptsRpcController } from './transcripts/transcripts.rpc.controller';
import { InitialTranscriptionSchema1732480000000 } from './migrations/1732480000000-initial-transcription-schema';
import { TranscriptEngines1732520000000 } from './migrations/1732520000000-transcript-engines';
import { TranscriptJobAttempt1732700000000 } from './migrations/1732700000000-transcript-job-attempt';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';
import { TranscriptRedaction1732950000000 } from './migrations/1732950000000-transcript-redaction';
import { TranscriptRecording1733450000000 } from './migrations/1733450000000-transcript-recording';
import { AUDIO_STORAGE, createAudioStorage, StorageEnv } from '@callsight/common/storage';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from './transcription.settings';
import { AudioSourceService } from './audio/audio-source.service';
import { AudioTranscriberService } from './audio/audio-transcriber.service';
import { SpeechEngines } from './engines/speech-engines';
import { SpeechEngineAvailability } from './engines/engine-availability';
import { RecordingKeeper } from './recordings/recording-keeper';
import { RecordingsRepository } from './recordings/recordings.repository';
import { RecordingsRpcController } from './recordings/recordings.rpc.controller';

export const TRANSCRIPTION_SCHEMA: ServiceSchema = {
  schema: 'transcription',
  entities: [TranscriptEntity, ...MESSAGING_ENTITIES],
  migrations: [
    InitialTranscriptionSchema1732480000000,
    TranscriptEngines1732520000000,
    TranscriptJobAttempt1732700000000,
    EventFailures1732810000000,
    TranscriptRedaction1732950000000,
    TranscriptRecording1733450000000,
  ],
};

@Module({})
export class TranscriptionModule {
  static forRoot(runtime: RuntimeConfig, settings: TranscriptionSettings, storage: StorageEnv): DynamicModule {
    return {
      module: TranscriptionModule,
      imports: [...serviceInfrastructure(runtime, TRANSCRIPTION_SCHEMA)],
      controllers: [
        createHealthController('transcription', Subjects.transcription.health),
        TranscriptsRpcController,
        RecordingsRpcController,
      ],
      providers: [
        HealthService,
        { provide: TRANSCRIPTION_SETTINGS, useValue: settings },
        { provide: AUDIO_STORAGE, useFactory: () => createAudioStorage(storage) },
        AudioSourceService,
        RecordingKeeper,
        RecordingsRepository,
        SpeechEngines,
        SpeechEngineAvailability,
        {
          provide: DEPENDENCY_CHECKS,
          useFactory: (engine: SpeechEngineAvailability) => [engine],
          inject: [SpeechEngineAvailability],
        },
        AudioTranscriberService,
        TranscriptsService,
        JobCreatedConsumer,
      ],
    };
  }
}
