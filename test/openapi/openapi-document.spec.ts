import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { OPENAPI_PATH } from './documented-schema';

const ROOT = join(__dirname, '..', '..');
const REDOCLY_CLI = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

interface RedoclyReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** Redocly CLI's lint, with redocly.yaml (the recommended rules), as its JSON report. */
function redoclyLint(path: string): RedoclyReport {
  const run = spawnSync(process.execPath, [REDOCLY_CLI, 'lint', path, '--config', 'redocly.yaml', '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' },
  });
  if (!run.stdout.startsWith('{')) throw new Error(`redocly lint printed no report:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout) as RedoclyReport;
}

const findings = (report: RedoclyReport) =>
  report.problems.map(
    (problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`,
  );

type Operation = { operationId?: string };
const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, Record<string, Operation>>;
};

describe('openapi.json', () => {
  let scratch: string;
  beforeAll(() => (scratch = mkdtempSync(join(tmpdir(), 'callsight-openapi-'))));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is a valid OpenAPI document (swagger-parser)', async () => {
    await expect(SwaggerParser.validate(OPENAPI_PATH)).resolves.toMatchObject({ openapi: '3.1.0' });
  });

  it("passes Redocly's recommended rules with no error and no warning", () => {
    const report = redoclyLint('openapi.json');
    expect(findings(report)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('fails both checks when a reference dangles or the servers are gone', async () => {
    const broken = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
      servers: unknown[];
      components: { schemas: Record<string, unknown> };
    };
    broken.servers = [];
    delete broken.components.schemas.ServiceHealth;
    const path = join(scratch, 'broken.json');
    writeFileSync(path, JSON.stringify(broken));
    await expect(SwaggerParser.validate(path)).rejects.toThrow(/ServiceHealth/);
    expect(redoclyLint(path).problems.map((problem) => problem.ruleId)).toEqual(
      expect.arrayContaining(['no-empty-servers', 'no-unresolved-refs']),
    );
  });

  it('names every operation and webhook with its own lowerCamelCase id, for generated clients', () => {
    const ids = [...Object.values(document.paths), ...Object.values(document.webhooks)].flatMap((item) =>
      Object.values(item).map((operation) => operation.operationId),
    );
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id ?? ''))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['submitTranscript', 'listJobs', 'getJob', 'retryJob', 'getWorkspaceConfig']),
    );
    expect(ids).toEqual(expect.arrayContaining(['updateWebhookConfig', 'ingestKendoCall']));
  });

  it('libs/api-client/src/schema.ts is what openapi-typescript makes of it (regenerate with `npm run openapi`)', () => {
    const generated = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-api-client.mjs'), '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(generated.stderr).toBe('');
    expect(generated.stdout).toBe(readFileSync(join(ROOT, 'libs', 'api-client', 'src', 'schema.ts'), 'utf8'));
  });
});
