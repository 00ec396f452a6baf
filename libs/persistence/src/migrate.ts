import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { dataSourceOptions, ServiceSchema } from './service-schema';

/** A stable 63-bit advisory-lock key per schema, so replicas of one service migrate one at a time. */
const lockKey = (schema: string): string =>
  BigInt.asIntN(
    64,
    BigInt(`0x${createHash('sha256').update(`callsight:migrate:${schema}`).digest('hex').slice(0, 16)}`),
  ).toString();

/** Creates the schema if needed and applies pending migrations, under an advisory lock. Returns the names applied. */
export async function migrateSchema(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema?: string }).schema;
  if (!schema) throw new Error('A service data source must name its schema');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [lockKey(schema)]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [lockKey(schema)]).catch(() => undefined);
    await runner.release();
  }
}

/** Opens a service's data source and brings its schema up to date; the only way services connect. */
export async function openServiceDataSource(
  databaseUrl: string,
  owned: ServiceSchema,
  applicationName: string,
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, owned, applicationName));
  await dataSource.initialize();
  try {
    await migrateSchema(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
