import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobLogs, JobView } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { freePort } from '../support/free-port';
import { entryPoint } from '../support/service-processes';
import { StopWaiting, waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');

/** The README's "Try it": the command that starts Callsight, then the block a reader pastes. */
function tryIt(): { start: string; script: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = /^## Try it\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1].trim());
  expect(blocks).toHaveLength(2);
  return { start: blocks[0], script: blocks[1] };
}

/** `A=1 B=2 npm start` → the variables the reader is told to set. */
function startEnv(start: string): Record<string, string> {
  const match = /^((?:[A-Z_]+=\S+ )*)npm start$/.exec(start);
  if (!match) throw new Error(`the start command is not "[VAR=value …] npm start": ${start}`);
  return Object.fromEntries(
    match[1]
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
}

/** Everything a child process writes, as it comes. */
function collect(child: ChildProcess): { text: () => string } {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { text: () => text };
}

/**
 * Runs the README's "Try it" as written against the embedded default (`npm start`'s entry, its own
 * data directory, embedded PostgreSQL, the in-process bus). The test only supplies what a reader
 * has: the key npm start printed, pasted where the block says, and free ports for 3000 and 4000.
 * Every curl must succeed (HTTP errors fail the block), and the webhook must reach the block's
 * receiver and verify there.
 */
describe('README: Try it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'callsight-readme-'));
  let standalone: ChildProcess;
  let output: { text: () => string };
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    standalone = spawn(process.execPath, [entryPoint('standalone')], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        CALLSIGHT_DATA_DIR: dataDir,
        CALLSIGHT_EMBEDDED_PG_PORT: String(await freePort()),
        LOG_LEVEL: 'warn',
        ...startEnv(tryIt().start),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output = collect(standalone);
  });

  afterAll(async () => {
    if (standalone && standalone.exitCode === null) {
      const exited = new Promise((resolve) => standalone.once('exit', resolve));
      standalone.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs as written: every command succeeds and the signed webhook arrives at the receiver', async () => {
    await waitFor(
      () => {
        if (standalone.exitCode !== null) throw new StopWaiting(`npm start exited: ${output.text()}`);
        return output.text().includes('Try it:');
      },
      'npm start to print its welcome',
      120_000,
      200,
    );
    const key = /cs_live_[0-9A-Za-z]{38}/.exec(output.text())?.[0] as string;
    expect(key).toBeDefined();

    const receiverPort = await freePort();
    const { script } = tryIt();
    expect(script).toMatch(/^KEY=cs_live_… /m);
    expect(script).toContain('localhost:3000');
    expect(script).toContain('--port 4000');
    const asTheReaderHasIt = script
      .replace(/^KEY=cs_live_… /m, `KEY=${key} `)
      .replaceAll('localhost:3000', `localhost:${port}`)
      .replaceAll('127.0.0.1:4000', `127.0.0.1:${receiverPort}`)
      .replaceAll('--port 4000', `--port ${receiverPort}`);
    // Strictness the reader does not need: stop at the first failing command, and count HTTP errors as failures.
    const strict = `set -euo pipefail\ncurl() { command curl --fail-with-body "$@"; }\n${asTheReaderHasIt}\necho; echo "JOB=$JOB"\n`;

    const bash = spawn('bash', ['-c', strict], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const run = collect(bash);
    const exitCode = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => process.kill(-bash.pid!, 'SIGTERM'), 150_000);
      bash.once('exit', (code) => (clearTimeout(timer), resolve(code)));
    });
    const text = run.text();
    expect({ exitCode, text }).toEqual({ exitCode: 0, text: expect.any(String) as string });

    expect(text).toMatch(/^JOB=job_[0-9a-z]{26}$/m);
    const jobId = /^JOB=(job_[0-9a-z]{26})$/m.exec(text)![1];
    expect(text).toContain(`Listening on http://127.0.0.1:${receiverPort}/`);
    expect(text).toContain(`verified job.completed ${jobId} (webhook-id dlv_`);
    expect(text).not.toContain('rejected');
    expect(text).toContain(`"job_id":"${jobId}"`);
    expect(text).toMatch(/"jobs":\{"total":1/);

    const api = new ApiClient(`http://127.0.0.1:${port}`, key);
    const job = await waitFor(async () => {
      const view = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return view.status === 'completed' ? view : undefined;
    }, 'the job to complete');
    expect(job.source_call_id).toBe('crm-42');
    const log = (await api.get<JobLogs>(`/api/v1/jobs/${jobId}/logs`)).body.data;
    expect(log.map((line) => line.event)).toContain('webhook.delivered');
  });
});
