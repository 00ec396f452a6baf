import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { issueApiKey } from '@callsight/auth';
import { API_KEY_SCOPES, ApiKeyPlan, ApiKeyScope } from '@callsight/contracts';
import { migrateSchema, ServiceSchema, dataSourceOptions } from '@callsight/persistence';
import { GATEWAY_SCHEMA } from '../../gateway/src/gateway.module';
import { WorkspacesService } from '../../gateway/src/workspaces/workspaces.service';
import type { ApiKeyEntity } from '../../gateway/src/workspaces/workspace.entity';
import { SERVICE_SCHEMAS } from './service-schemas';
import { resolveDatabaseUrl } from './database-url';
import { dumpSchema } from './schema-dump';
import { print } from './print';

async function withDataSource<T>(owned: ServiceSchema, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(resolveDatabaseUrl(), owned, 'callsight-cli'));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Gateway-schema commands run against an up-to-date schema, so the CLI works before the first start too. */
const withWorkspaces = <T>(work: (workspaces: WorkspacesService) => Promise<T>): Promise<T> =>
  withDataSource(GATEWAY_SCHEMA, async (dataSource) => {
    await migrateSchema(dataSource);
    return work(new WorkspacesService(dataSource));
  });

function parseScopes(value: string): ApiKeyScope[] {
  const scopes = value
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !API_KEY_SCOPES.includes(scope as ApiKeyScope));
  if (unknown.length > 0)
    throw new Error(`unknown scope(s) ${unknown.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}`);
  return scopes as ApiKeyScope[];
}

/** A stored key as the CLI shows it: never its hash. */
const keyView = (key: ApiKeyEntity) => ({
  id: key.id,
  workspaceId: key.workspaceId,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  plan: key.plan,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});

export async function migrate(): Promise<void> {
  for (const owned of SERVICE_SCHEMAS) {
    const applied = await withDataSource(owned, migrateSchema);
    console.log(`${owned.schema}: ${applied.length ? applied.join(', ') : 'up to date'}`);
  }
}

export async function schemaDump(): Promise<void> {
  const dumps: string[] = [];
  for (const owned of SERVICE_SCHEMAS)
    dumps.push(
      await withDataSource(
        owned,
        async (dataSource) => (await migrateSchema(dataSource), dumpSchema(dataSource, owned.schema)),
      ),
    );
  process.stdout.write(`${dumps.join('\n\n')}\n`);
}

export const createWorkspace = (name: string) =>
  withWorkspaces(async (service) => print(await service.createWorkspace(name)));

export const setRateLimit = (idOrName: string, perMinute: string) =>
  withWorkspaces(async (service) =>
    print(await service.setRateLimit(idOrName, perMinute === 'default' ? null : Number(perMinute))),
  );

export const listWorkspaces = () => withWorkspaces(async (service) => print(await service.listWorkspaces()));

export const createKey = (options: { workspace: string; name: string; scopes?: string; plan: ApiKeyPlan }) =>
  withWorkspaces(async (service) =>
    print(
      await service.createKey(
        options.workspace,
        options.name,
        options.scopes ? parseScopes(options.scopes) : undefined,
        options.plan,
      ),
    ),
  );

export const setKeyPlan = (keyId: string, plan: string) =>
  withWorkspaces(async (service) => print(keyView(await service.setKeyPlan(keyId, plan))));

export const listKeys = (workspace: string) =>
  withWorkspaces(async (service) => print((await service.listKeys(workspace)).map(keyView)));

export const revokeKey = (keyId: string) =>
  withWorkspaces(async (service) => print(keyView(await service.revokeKey(keyId))));

export const generateKey = (): void => console.log(issueApiKey().key);
