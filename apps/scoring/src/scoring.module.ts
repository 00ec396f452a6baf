import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { AlgorithmRegistry } from './algorithms/algorithm-registry';
import { AlgorithmRunner } from './runs/algorithm-runner';
import { RunsRepository } from './runs/runs.repository';
import { WorkspaceAnalysisService } from './workspace-analysis/workspace-analysis.service';
import { AlgorithmRunEntity } from './runs/algorithm-run.entity';
import { RunsService } from './runs/runs.service';
import { TranscriptionCompletedConsumer } from './runs/transcription-completed.consumer';
import { InitialScoringSchema1732480000000 } from './migrations/1732480000000-initial-scoring-schema';
import { RunTriggers1732520000000 } from './migrations/1732520000000-run-triggers';
import { RunJobAttempt1732700000000 } from './migrations/1732700000000-run-job-attempt';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';
import { RunDetails1732900000000 } from './migrations/1732900000000-run-details';
import { RunsRpcController } from './runs/runs.rpc.controller';
import { LlmModule } from './llm/llm.module';
import type { ScoringSettings } from './scoring.env';

export const SCORING_SCHEMA: ServiceSchema = {
  schema: 'scoring',
  entities: [AlgorithmRunEntity, ...MESSAGING_ENTITIES],
  migrations: [
    InitialScoringSchema1732480000000,
    RunTriggers1732520000000,
    RunJobAttempt1732700000000,
    EventFailures1732810000000,
    RunDetails1732900000000,
  ],
};

@Module({})
export class ScoringModule {
  static forRoot(runtime: RuntimeConfig, settings: ScoringSettings): DynamicModule {
    return {
      module: ScoringModule,
      imports: [...serviceInfrastructure(runtime, SCORING_SCHEMA), LlmModule.forRoot(settings.llm)],
      controllers: [createHealthController('scoring', Subjects.scoring.health), RunsRpcController],
      providers: [
        HealthService,
        AlgorithmRegistry,
        AlgorithmRunner,
        RunsRepository,
        WorkspaceAnalysisService,
        RunsService,
        TranscriptionCompletedConsumer,
      ],
    };
  }
}
