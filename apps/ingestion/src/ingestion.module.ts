import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { createLoggingModule } from '@callsight/common/logging';
import { MessagingModule } from '@callsight/messaging';
import { PersistenceModule } from '@callsight/persistence';
import { INGESTION_SCHEMA } from './ingestion.schema';
import { JobProgressService } from './jobs/job-progress.service';
import { JobQueriesService } from './jobs/job-queries.service';
import { JobRetriesService } from './jobs/job-retries.service';
import { SubmissionsService } from './calls/submissions.service';
import { JobsRpcController } from './jobs/jobs.rpc.controller';
import { JobProgressConsumer } from './jobs/job-progress.consumer';
import { JOB_TIMEOUT_SETTINGS, JobTimeoutSettings, JobTimeoutSweeper } from './jobs/job-timeout.sweeper';
import { WorkspaceConfigService } from './workspace-config/workspace-config.service';
import { WorkspaceConfigRpcController } from './workspace-config/workspace-config.rpc.controller';

export interface IngestionSettings {
  jobTimeout: JobTimeoutSettings;
}

@Module({})
export class IngestionModule {
  static forRoot(runtime: RuntimeConfig, settings: IngestionSettings): DynamicModule {
    return {
      module: IngestionModule,
      imports: [
        createLoggingModule('ingestion', runtime.logLevel),
        PersistenceModule.forService(runtime.databaseUrl, INGESTION_SCHEMA, 'callsight-ingestion'),
        MessagingModule.forService(runtime.bus, 'ingestion'),
      ],
      controllers: [createHealthController('ingestion', Subjects.ingestion.health), JobsRpcController, WorkspaceConfigRpcController],
      providers: [
        HealthService,
        SubmissionsService,
        JobProgressService,
        JobQueriesService,
        JobRetriesService,
        JobProgressConsumer,
        JobTimeoutSweeper,
        WorkspaceConfigService,
        { provide: JOB_TIMEOUT_SETTINGS, useValue: settings.jobTimeout },
      ],
    };
  }
}
