import { DataSource } from 'typeorm';
import { EventConsumers, InProcessEventBus, Outbox } from '@callsight/messaging';
import { openServiceDataSource } from '@callsight/persistence';
import { INGESTION_SCHEMA } from '../../apps/ingestion/src/ingestion.schema';
import { JobProgressService } from '../../apps/ingestion/src/jobs/job-progress.service';
import { JobQueriesService } from '../../apps/ingestion/src/jobs/job-queries.service';
import { SubmissionsService } from '../../apps/ingestion/src/calls/submissions.service';
import { WorkspaceConfigRepository } from '../../apps/ingestion/src/workspace-config/workspace-config.repository';
import { WorkspaceConfigService } from '../../apps/ingestion/src/workspace-config/workspace-config.service';
import { createTestDatabase } from './test-database';

/** Ingestion's services over a database of their own and an in-process bus, without the Nest app around them. */
export interface IngestionServices {
  dataSource: DataSource;
  outbox: Outbox;
  consumers: EventConsumers;
  progress: JobProgressService;
  queries: JobQueriesService;
  submissions: SubmissionsService;
  close(): Promise<void>;
}

export async function startIngestionServices(name: string): Promise<IngestionServices> {
  const database = await createTestDatabase(name);
  const dataSource = await openServiceDataSource(database.url, INGESTION_SCHEMA, `${name}-test`);
  const bus = new InProcessEventBus();
  const outbox = new Outbox(dataSource, bus);
  return {
    dataSource,
    outbox,
    consumers: new EventConsumers(dataSource, bus, outbox),
    progress: new JobProgressService(dataSource, outbox),
    queries: new JobQueriesService(dataSource),
    submissions: new SubmissionsService(
      dataSource,
      outbox,
      new WorkspaceConfigService(dataSource, new WorkspaceConfigRepository(dataSource)),
    ),
    close: async () => {
      await outbox.onApplicationShutdown();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
