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
import { CatalogAndFeedback1733000000000 } from './migrations/1733000000000-catalog-and-feedback';
import { AlgorithmVariablesVersionEntity, WorkspaceAlgorithmEntity } from './catalog/workspace-algorithm.entity';
import { CatalogRepository } from './catalog/catalog.repository';
import { CatalogService } from './catalog/catalog.service';
import { CatalogRpcController } from './catalog/catalog.rpc.controller';
import { FeedbackEntity } from './feedback/feedback.entity';
import { FeedbackRepository } from './feedback/feedback.repository';
import { FeedbackService } from './feedback/feedback.service';
import { FeedbackRpcController } from './feedback/feedback.rpc.controller';
import { Appointments1733100000000 } from './migrations/1733100000000-appointments';
import { AppointmentEntity } from './appointments/appointment.entity';
import { AppointmentsRepository } from './appointments/appointments.repository';
import { AppointmentsService } from './appointments/appointments.service';
import { AppointmentsRpcController } from './appointments/appointments.rpc.controller';

export const SCORING_SCHEMA: ServiceSchema = {
  schema: 'scoring',
  entities: [
    AlgorithmRunEntity,
    WorkspaceAlgorithmEntity,
    AlgorithmVariablesVersionEntity,
    FeedbackEntity,
    AppointmentEntity,
    ...MESSAGING_ENTITIES,
  ],
  migrations: [
    InitialScoringSchema1732480000000,
    RunTriggers1732520000000,
    RunJobAttempt1732700000000,
    EventFailures1732810000000,
    RunDetails1732900000000,
    CatalogAndFeedback1733000000000,
    Appointments1733100000000,
  ],
};

@Module({})
export class ScoringModule {
  static forRoot(runtime: RuntimeConfig, settings: ScoringSettings): DynamicModule {
    return {
      module: ScoringModule,
      imports: [...serviceInfrastructure(runtime, SCORING_SCHEMA), LlmModule.forRoot(settings.llm)],
      controllers: [
        createHealthController('scoring', Subjects.scoring.health),
        RunsRpcController,
        CatalogRpcController,
        FeedbackRpcController,
        AppointmentsRpcController,
      ],
      providers: [
        HealthService,
        AlgorithmRegistry,
        AlgorithmRunner,
        RunsRepository,
        WorkspaceAnalysisService,
        RunsService,
        TranscriptionCompletedConsumer,
        CatalogRepository,
        CatalogService,
        FeedbackRepository,
        FeedbackService,
        AppointmentsRepository,
        AppointmentsService,
      ],
    };
  }
}
