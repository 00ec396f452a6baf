import { Client, ClientConfig } from 'pg';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

/**
 * pg guards only idle pooled clients: a checked-out one (mid-transaction, between two queries) whose
 * server ends the connection, as PostgreSQL does when it restarts, emits 'error' with no listener,
 * and that ends the process. The query in flight fails on its own and is handled where it was made;
 * this listener only keeps the event from taking the whole service down.
 */
class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/** What a service owns in Postgres: one schema, its entities and its migrations. */
export interface ServiceSchema {
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export function dataSourceOptions(
  databaseUrl: string,
  owned: ServiceSchema,
  applicationName: string,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    schema: owned.schema,
    entities: owned.entities,
    migrations: owned.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: ['error'],
    applicationName,
    extra: {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      options: `-c search_path=${owned.schema}`,
      Client: GuardedClient,
    },
  };
}
