import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { createLoggingModule } from '@callsight/common/logging';
import { MESSAGING_ENTITIES, MessagingModule } from '@callsight/messaging';
import { PersistenceModule, ServiceSchema } from '@callsight/persistence';
import { AlgorithmCatalog } from './algorithms/algorithm-catalog';
import { AlgorithmRunEntity } from './runs/algorithm-run.entity';
import { RunsService } from './runs/runs.service';
import { TranscriptionCompletedConsumer } from './runs/transcription-completed.consumer';
import { InitialScoringSchema1732480000000 } from './migrations/1732480000000-initial-scoring-schema';
import { RunTriggers1732520000000 } from './migrations/1732520000000-run-triggers';
import { RunsRpcController } from './runs/runs.rpc.controller';

export const SCORING_SCHEMA: ServiceSchema = {
  schema: 'scoring',
  entities: [AlgorithmRunEntity, ...MESSAGING_ENTITIES],
  migrations: [InitialScoringSchema1732480000000, RunTriggers1732520000000],
};

@Module({})
export class ScoringModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: ScoringModule,
      imports: [
        createLoggingModule('scoring', runtime.logLevel),
        PersistenceModule.forService(runtime.databaseUrl, SCORING_SCHEMA, 'callsight-scoring'),
        MessagingModule.forService(runtime.bus, 'scoring'),
      ],
      controllers: [createHealthController('scoring', Subjects.scoring.health), RunsRpcController],
      providers: [HealthService, AlgorithmCatalog, RunsService, TranscriptionCompletedConsumer],
    };
  }
}
