import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { RollupsService } from './rollups/rollups.service';
import { RollupsRepository } from './rollups/rollups.repository';
import { JobEventsConsumer } from './rollups/job-events.consumer';
import { StatsRpcController } from './queries/stats.rpc.controller';
import { StatsQueriesService } from './queries/stats-queries.service';
import { RollupSource } from './queries/rollup-source';
import { FactsSource } from './queries/facts-source';
import { StatsRebuildService } from './rebuild/stats-rebuild.service';
import { StatsRebuildRpcController } from './rebuild/stats-rebuild.rpc.controller';
import { AnalyticsService } from './analytics/analytics.service';
import { AnalyticsRpcController } from './analytics/analytics.rpc.controller';
import { InitialStatsSchema1732480000000 } from './migrations/1732480000000-initial-stats-schema';
import { JobStates1732520000000 } from './migrations/1732520000000-job-states';
import { RollupsByOrganization1732600000000 } from './migrations/1732600000000-rollups-by-organization';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';
import { JobFactsAndRollups1733600000000 } from './migrations/1733600000000-job-facts-and-rollups';

export const STATS_SCHEMA: ServiceSchema = {
  schema: 'stats',
  entities: [...MESSAGING_ENTITIES],
  migrations: [
    InitialStatsSchema1732480000000,
    JobStates1732520000000,
    RollupsByOrganization1732600000000,
    EventFailures1732810000000,
    JobFactsAndRollups1733600000000,
  ],
};

@Module({})
export class StatsModule {
  static forRoot(runtime: RuntimeConfig): DynamicModule {
    return {
      module: StatsModule,
      imports: [...serviceInfrastructure(runtime, STATS_SCHEMA)],
      controllers: [
        createHealthController('stats', Subjects.stats.health),
        StatsRpcController,
        StatsRebuildRpcController,
        AnalyticsRpcController,
      ],
      providers: [
        HealthService,
        RollupsRepository,
        RollupsService,
        JobEventsConsumer,
        RollupSource,
        FactsSource,
        StatsQueriesService,
        StatsRebuildService,
        AnalyticsService,
      ],
    };
  }
}
