import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { serviceInfrastructure } from '@callsight/messaging';
import { INGESTION_SCHEMA } from './ingestion.schema';
import { JobProgressService } from './jobs/job-progress.service';
import { VendorCallQueriesService } from './jobs/vendor-call-queries.service';
import { JobQueriesService } from './jobs/job-queries.service';
import { JobRetriesService } from './jobs/job-retries.service';
import { SubmissionsService } from './calls/submissions.service';
import { JobsRpcController } from './jobs/jobs.rpc.controller';
import { JobHistoryRpcController } from './jobs/job-history.rpc.controller';
import { JobHistoryService } from './jobs/job-history.service';
import { MissedCallRecoveryRepository } from './missed-calls/missed-call-recovery.repository';
import { MissedCallRecoveryRpcController } from './missed-calls/missed-call-recovery.rpc.controller';
import { JobProgressConsumer } from './jobs/job-progress.consumer';
import { HOUSEKEEPING_SETTINGS, HousekeepingSettings, HousekeepingSweeper } from './housekeeping/housekeeping.sweeper';
import { StageWatchdog } from './housekeeping/stage-watchdog';
import { WorkspaceConfigRepository } from './workspace-config/workspace-config.repository';
import { WorkspaceConfigService } from './workspace-config/workspace-config.service';
import { WorkspaceConfigRpcController } from './workspace-config/workspace-config.rpc.controller';

export interface IngestionSettings {
  housekeeping: HousekeepingSettings;
}

@Module({})
export class IngestionModule {
  static forRoot(runtime: RuntimeConfig, settings: IngestionSettings): DynamicModule {
    return {
      module: IngestionModule,
      imports: [...serviceInfrastructure(runtime, INGESTION_SCHEMA)],
      controllers: [
        createHealthController('ingestion', Subjects.ingestion.health),
        JobsRpcController,
        JobHistoryRpcController,
        MissedCallRecoveryRpcController,
        WorkspaceConfigRpcController,
      ],
      providers: [
        HealthService,
        SubmissionsService,
        JobProgressService,
        JobQueriesService,
        VendorCallQueriesService,
        JobHistoryService,
        MissedCallRecoveryRepository,
        JobRetriesService,
        JobProgressConsumer,
        HousekeepingSweeper,
        StageWatchdog,
        WorkspaceConfigRepository,
        WorkspaceConfigService,
        { provide: HOUSEKEEPING_SETTINGS, useValue: settings.housekeeping },
      ],
    };
  }
}
