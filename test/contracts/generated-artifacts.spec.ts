import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateSchema } from '@callsight/persistence';
import { GatewayModule } from '../../apps/gateway/src/gateway.module';
import { buildOpenApiDocument, serialiseOpenApi } from '../../apps/gateway/src/openapi/openapi-document';
import { SERVICE_SCHEMAS } from '../../apps/cli/src/service-schemas';
import { dumpSchema } from '../../apps/cli/src/schema-dump';
import { createTestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

/** Vendor-compatible surfaces answer errors in their vendor's own JSON body, documented as application/json. */
const VENDOR_TAGS = ['KestrelVoice', 'Kridtech'];

/** What the operation check reads of openapi.json: each path's operations by method (nothing else is under a path). */
interface OpenApiOperations {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        summary?: string;
        tags?: string[];
        security?: unknown[];
        responses: Record<string, { content?: Record<string, unknown> }>;
      }
    >
  >;
}

/** Generated documents are committed so API and database changes show up in review; these fail when they are stale. */
describe('committed generated artifacts', () => {
  it('openapi.json matches the controllers (regenerate with `npm run openapi`)', async () => {
    const app = await NestFactory.create(GatewayModule.forDocument(), { preview: true, logger: false });
    const generated = serialiseOpenApi(buildOpenApiDocument(app));
    await app.close();
    expect(generated).toBe(readFileSync(join(ROOT, 'openapi.json'), 'utf8'));
  });

  it('documents every operation with an id, a summary, and problem responses', () => {
    const document = JSON.parse(readFileSync(join(ROOT, 'openapi.json'), 'utf8')) as OpenApiOperations;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, operationId: typeof operation.operationId }).toEqual({ where, operationId: 'string' });
        expect({ where, summary: typeof operation.summary }).toEqual({ where, summary: 'string' });
        // A keyless operation (a signed recording URL) has no 401: it refuses a bad grant with its own problem.
        const refusal = operation.security?.length === 0 ? '403' : '401';
        const vendor = (operation.tags ?? []).some((tag) => VENDOR_TAGS.includes(tag));
        const media = vendor ? 'application/json' : 'application/problem+json';
        expect({
          where,
          refusal,
          problem: Boolean(operation.responses[refusal]?.content?.[media]),
        }).toEqual({ where, refusal, problem: true });
      }
    }
  });

  it('docs/database-schema.sql matches what the migrations build (regenerate with `npm run schema:dump`)', async () => {
    const database = await createTestDatabase('schema');
    try {
      const dumps: string[] = [];
      for (const owned of SERVICE_SCHEMAS) {
        const dataSource = new DataSource(dataSourceOptions(database.url, owned, 'schema-test'));
        await dataSource.initialize();
        await migrateSchema(dataSource);
        dumps.push(await dumpSchema(dataSource, owned.schema));
        await dataSource.destroy();
      }
      expect(`${dumps.join('\n\n')}\n`).toBe(readFileSync(join(ROOT, 'docs', 'database-schema.sql'), 'utf8'));
    } finally {
      await database.drop();
    }
  });

  it('migrations apply once: a second run finds nothing to do', async () => {
    const database = await createTestDatabase('migrate');
    try {
      for (const owned of SERVICE_SCHEMAS) {
        const dataSource = new DataSource(dataSourceOptions(database.url, owned, 'migrate-test'));
        await dataSource.initialize();
        expect((await migrateSchema(dataSource)).length).toBeGreaterThan(0);
        expect(await migrateSchema(dataSource)).toEqual([]);
        await dataSource.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
