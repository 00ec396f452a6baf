import type { Server } from 'node:http';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Webhook } from 'standardwebhooks';
import {
  API_KEY_PLANS,
  ApiKeyPlan,
  DEFAULT_API_KEY_PLAN,
  KESTREL_PLAN_LIMITS_TEXT,
} from '@callsight/contracts/api-key-plans';
import { print } from './print';
import { listenerUrl, startWebhookListener } from './webhook-listener';

/** The admin commands load TypeORM and every service's schema (seconds); the webhook receiver needs none of it. */
const admin = () => import('./admin-commands');

function buildProgram(): Command {
  const program = new Command('callsight').description('Callsight administration').showHelpAfterError();

  program
    .command('migrate')
    .description('apply pending migrations to every service schema')
    .action(async () => (await admin()).migrate());

  program
    .command('schema-dump')
    .description('print what the migrations build, schema by schema (docs/database-schema.sql)')
    .action(async () => (await admin()).schemaDump());

  const workspaces = program.command('workspaces').description('manage workspaces');
  workspaces
    .command('create <name>')
    .description('create a workspace')
    .action(async (name: string) => (await admin()).createWorkspace(name));
  workspaces
    .command('rate-limit <idOrName> <perMinute>')
    .description('requests a minute per API key on the native API ("default" for the deployment default)')
    .action(async (idOrName: string, perMinute: string) => (await admin()).setRateLimit(idOrName, perMinute));
  workspaces
    .command('list')
    .description('list workspaces')
    .action(async () => (await admin()).listWorkspaces());

  const keys = program.command('keys').description('manage API keys');
  keys
    .command('create')
    .description('create an API key (shown once)')
    .requiredOption('-w, --workspace <idOrName>', 'workspace id or name')
    .option('-n, --name <name>', 'what the key is for', 'cli')
    .option('-s, --scopes <list>', 'comma-separated scopes (default: all)')
    .addOption(planOption())
    .action(async (options: { workspace: string; name: string; scopes?: string; plan: ApiKeyPlan }) =>
      (await admin()).createKey(options),
    );
  keys
    .command('list')
    .description('list the keys of a workspace (prefixes only)')
    .requiredOption('-w, --workspace <idOrName>', 'workspace id or name')
    .action(async (options: { workspace: string }) => (await admin()).listKeys(options.workspace));
  keys
    .command('plan <keyId> <plan>')
    .description(`move a key to another KestrelVoice plan (${API_KEY_PLANS.join(', ')})`)
    .action(async (keyId: string, plan: string) => (await admin()).setKeyPlan(keyId, plan));
  keys
    .command('revoke <keyId>')
    .description('revoke a key; it stops working at once')
    .action(async (keyId: string) => (await admin()).revokeKey(keyId));
  keys
    .command('generate')
    .description('print a new well-formed key without storing it (for CALLSIGHT_BOOTSTRAP_API_KEY)')
    .action(async () => (await admin()).generateKey());

  program
    .command('stats')
    .description('statistics')
    .command('rebuild')
    .description("recompute stats from ingestion's and scoring's history (asks the running services over NATS_URL)")
    .option('-w, --workspace <id>', 'only this workspace (ws_…); default: every workspace')
    .action(async (options: { workspace?: string }) => (await import('./stats-commands')).rebuildStats(options));

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

/** From the plans' own file: the whole of @callsight/contracts would slow `webhooks listen` down for nothing. */
function planOption(): Option {
  return new Option('-p, --plan <plan>', `KestrelVoice plan: requests a minute on /v1 (${KESTREL_PLAN_LIMITS_TEXT})`)
    .choices(API_KEY_PLANS)
    .default(DEFAULT_API_KEY_PLAN);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

/** Checked by the library that verifies with it, so a mistyped secret fails here rather than on every delivery. */
function parseSecret(value: string): string {
  const refusal = 'a signing secret is whsec_ followed by base64, as the webhooks config answer shows it';
  if (!value.startsWith('whsec_')) throw new InvalidArgumentError(refusal);
  try {
    new Webhook(value);
  } catch {
    throw new InvalidArgumentError(refusal);
  }
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
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
  });
