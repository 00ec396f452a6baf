import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { createLoggingModule } from '@callsight/common/logging';
import { MESSAGING_ENTITIES, MessagingModule } from '@callsight/messaging';
import { PersistenceModule, ServiceSchema } from '@callsight/persistence';
import { TranscriptEntity } from './transcripts/transcript.entity';
import { TranscriptsService } from './transcripts/transcripts.service';
import { JobCreatedConsumer } from './transcripts/job-created.consumer';
import { TranscriptsRpcController } from './transcripts/transcripts.rpc.controller';
import { InitialTranscriptionSchema1732480000000 } from './migrations/1732480000000-initial-transcription-schema';

export const TRANSCRIPTION_SCHEMA: ServiceSchema = {
  schema: 'transcription',
  entities: [TranscriptEntity, ...MESSAGING_ENTITIES],
  migrations: [InitialTranscriptionSchema1732480000000],
};

@Module({})
export class TranscriptionModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: TranscriptionModule,
      imports: [
        createLoggingModule('transcription', runtime.logLevel),
        PersistenceModule.forService(runtime.databaseUrl, TRANSCRIPTION_SCHEMA, 'callsight-transcription'),
        MessagingModule.forService(runtime.bus, 'transcription'),
      ],
      controllers: [createHealthController('transcription', Subjects.transcription.health), TranscriptsRpcController],
      providers: [HealthService, TranscriptsService, JobCreatedConsumer],
    };
  }
}
