import 'reflect-metadata';
import type { Server } from 'node:http';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DataSource } from 'typeorm';
import { issueApiKey } from '@callsight/auth';
import { API_KEY_SCOPES, ApiKeyScope, DomainError, WEBHOOK_SECRET_PATTERN } from '@callsight/contracts';
import { migrateSchema, ServiceSchema, dataSourceOptions } from '@callsight/persistence';
import { GATEWAY_SCHEMA } from '../../gateway/src/gateway.module';
import { WorkspacesService } from '../../gateway/src/workspaces/workspaces.service';
import type { ApiKeyEntity } from '../../gateway/src/workspaces/workspace.entity';
import { SERVICE_SCHEMAS } from './service-schemas';
import { resolveDatabaseUrl } from './database-url';
import { dumpSchema } from './schema-dump';
import { listenerUrl, startWebhookListener } from './webhook-listener';

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
    throw new InvalidArgumentError(`unknown scope(s) ${unknown.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}`);
  return scopes as ApiKeyScope[];
}

const print = (value: unknown): void => console.log(JSON.stringify(value, null, 2));

/** A stored key as the CLI shows it: never its hash. */
const keyView = (key: ApiKeyEntity) => ({
  id: key.id,
  workspaceId: key.workspaceId,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});

function buildProgram(): Command {
  const program = new Command('callsight').description('Callsight administration').showHelpAfterError();

  program
    .command('migrate')
    .description('apply pending migrations to every service schema')
    .action(async () => {
      for (const owned of SERVICE_SCHEMAS) {
        const applied = await withDataSource(owned, migrateSchema);
        console.log(`${owned.schema}: ${applied.length ? applied.join(', ') : 'up to date'}`);
      }
    });

  program
    .command('schema-dump')
    .description('print what the migrations build, schema by schema (docs/database-schema.sql)')
    .action(async () => {
      const dumps: string[] = [];
      for (const owned of SERVICE_SCHEMAS)
        dumps.push(
          await withDataSource(
            owned,
            async (dataSource) => (await migrateSchema(dataSource), dumpSchema(dataSource, owned.schema)),
          ),
        );
      process.stdout.write(`${dumps.join('\n\n')}\n`);
    });

  const workspaces = program.command('workspaces').description('manage workspaces');
  workspaces
    .command('create <name>')
    .description('create a workspace')
    .action((name: string) => withWorkspaces(async (service) => print(await service.createWorkspace(name))));
  workspaces
    .command('rate-limit <idOrName> <perMinute>')
    .description('requests a minute per API key on the native API ("default" for the deployment default)')
    .action((idOrName: string, perMinute: string) =>
      withWorkspaces(async (service) =>
        print(await service.setRateLimit(idOrName, perMinute === 'default' ? null : Number(perMinute))),
      ),
    );
  workspaces
    .command('list')
    .description('list workspaces')
    .action(() => withWorkspaces(async (service) => print(await service.listWorkspaces())));

  const keys = program.command('keys').description('manage API keys');
  keys
    .command('create')
    .description('create an API key (shown once)')
    .requiredOption('-w, --workspace <idOrName>', 'workspace id or name')
    .option('-n, --name <name>', 'what the key is for', 'cli')
    .option('-s, --scopes <list>', `comma-separated scopes (default: all of ${API_KEY_SCOPES.join(',')})`, parseScopes)
    .action((options: { workspace: string; name: string; scopes?: ApiKeyScope[] }) =>
      withWorkspaces(async (service) =>
        print(await service.createKey(options.workspace, options.name, options.scopes)),
      ),
    );
  keys
    .command('list')
    .description('list the keys of a workspace (prefixes only)')
    .requiredOption('-w, --workspace <idOrName>', 'workspace id or name')
    .action((options: { workspace: string }) =>
      withWorkspaces(async (service) => print((await service.listKeys(options.workspace)).map(keyView))),
    );
  keys
    .command('revoke <keyId>')
    .description('revoke a key; it stops working at once')
    .action((keyId: string) => withWorkspaces(async (service) => print(keyView(await service.revokeKey(keyId)))));
  keys
    .command('generate')
    .description('print a new well-formed key without storing it (for CALLSIGHT_BOOTSTRAP_API_KEY)')
    .action(() => console.log(issueApiKey().key));

  const webhooks = program.command('webhooks').description('work with webhook deliveries');
  webhooks
    .command('listen')
    .description('receive deliveries, verify their Standard Webhooks signature and print each event')
    .addOption(new Option('-p, --port <port>', 'port to listen on').argParser(parsePort).default(4000))
    .addOption(new Option('--host <address>', 'address to listen on').default('127.0.0.1'))
    .addOption(
      new Option('-s, --secret <whsec_…>', "the workspace's signing secret")
        .env('CALLSIGHT_WEBHOOK_SECRET')
        .argParser(parseSecret)
        .makeOptionMandatory(),
    )
    .option('--once', 'exit after the first verified delivery')
    .action((options: { port: number; host: string; secret: string; once?: boolean }) => listen(options));

  return program;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseSecret(value: string): string {
  if (!WEBHOOK_SECRET_PATTERN.test(value))
    throw new InvalidArgumentError(
      'a signing secret is whsec_ followed by base64, as the webhooks config answer shows it',
    );
  return value;
}

async function listen(options: { port: number; host: string; secret: string; once?: boolean }): Promise<void> {
  const server: Server = await startWebhookListener({
    ...options,
    onDelivery: ({ webhookId, payload }) => {
      const jobId = typeof payload.data?.job_id === 'string' ? ` ${payload.data.job_id}` : '';
      console.log(`verified ${payload.type ?? 'event'}${jobId} (webhook-id ${webhookId}):`);
      print(payload);
      if (!options.once) return;
      server.close();
      server.closeAllConnections();
    },
    onRejected: (reason) => console.error(`rejected ${reason}`),
  });
  console.log(`Listening on ${listenerUrl(server)} for signed deliveries${options.once ? ' (exits after one)' : ''}`);
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(error instanceof DomainError || error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
  });
