import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { freePort } from '../support/free-port';
import { entryPoint } from '../support/service-processes';
import { StopWaiting, waitFor } from '../support/wait-for';

const secret = `whsec_${randomBytes(32).toString('base64')}`;

/** `npm run cli -- webhooks listen`, as a real process receiving real HTTP requests. */
describe('the webhook receiver of the CLI', () => {
  const children: ChildProcess[] = [];

  const listen = async (...extra: string[]) => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [entryPoint('cli'), 'webhooks', 'listen', '--port', String(port), '--secret', secret, ...extra],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    const output = { stdout: '', stderr: '' };
    child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new StopWaiting(`the receiver exited: ${output.stderr}`);
        return output.stdout.includes('Listening on');
      },
      'the receiver to listen',
      60_000,
    );
    return { child, output, url: `http://127.0.0.1:${port}/hooks` };
  };

  const deliver = (url: string, body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

  const signed = (id: string, body: string, signingSecret = secret, at = new Date()) => ({
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(signingSecret).sign(id, at, body),
  });

  const payload = JSON.stringify({
    type: 'job.completed',
    timestamp: new Date().toISOString(),
    data: { job_id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r', status: 'completed', results: [] },
  });

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  });

  it('accepts a delivery signed with the secret and prints the event', async () => {
    const { output, url } = await listen();
    const response = await deliver(url, payload, signed('dlv_first', payload));
    expect(response.status).toBe(204);
    await waitFor(() => output.stdout.includes('"results": []'), 'the event to be printed');
    expect(output.stdout).toContain('verified job.completed job_01jd5f3k1q8m2x7c9v4b6n0p3r (webhook-id dlv_first):');
    expect(output.stderr).toBe('');
  });

  it.each([
    [
      'a signature made with another secret',
      () => signed('dlv_x', payload, `whsec_${randomBytes(32).toString('base64')}`),
    ],
    ['a tampered body', () => signed('dlv_x', payload.replace('completed', 'failed'))],
    ['a stale timestamp', () => signed('dlv_x', payload, secret, new Date(Date.now() - 3600_000))],
    ['no signature headers', () => ({})],
  ])('rejects %s with 400 and says so', async (_label, headers) => {
    const { output, url } = await listen();
    const response = await deliver(url, payload, headers());
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/^signature not verified: /);
    await waitFor(() => output.stderr.includes('rejected'), 'the rejection to be printed');
    expect(output.stdout).not.toContain('verified');
  });

  it('with --once, exits 0 after the first verified delivery, not after a rejected one', async () => {
    const { child, url } = await listen('--once');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    expect((await deliver(url, payload, {})).status).toBe(400);
    expect(child.exitCode).toBeNull();
    expect((await deliver(url, payload, signed('dlv_once', payload))).status).toBe(204);
    expect(await exited).toBe(0);
  });

  it('refuses to start without a well-formed secret', async () => {
    const child = spawn(process.execPath, [entryPoint('cli'), 'webhooks', 'listen', '--secret', 'letmein'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('a signing secret is whsec_ followed by base64');
  });
});
