import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

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
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: `-c search_path=${owned.schema}` },
  };
}
