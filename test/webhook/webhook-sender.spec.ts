import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { plainSigning, WebhookSender } from '../../apps/webhook/src/deliveries/webhook-sender';
import { freePort } from '../support/free-port';

const secret = `whsec_${Buffer.from('a signing secret of enough length').toString('base64')}`;
const delivery = (url: string) => ({ id: 'dlv_01jd5f3k1q8m2x7c9v4b6n0p3r', url, payload: { type: 'job.completed' } });

const sender = (egressAllow: string, timeoutMs = 10_000): WebhookSender =>
  new WebhookSender({
    retryScheduleSeconds: [5],
    timeoutMs,
    pollIntervalMs: 1000,
    leaseMs: 15_000,
    deferMaxMs: 30_000,
    secretsKey: null,
    concurrency: 32,
    endpointConcurrency: 4,
    egressAllow,
  });

/** Why an attempt failed, as the job will show it, for each way a real endpoint can fail. */
describe('webhook attempt failures (real sockets)', () => {
  const servers: Server[] = [];

  const serve = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  };

  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('calls a refused destination a configuration problem, names CALLSIGHT_EGRESS_ALLOW and does not retry', async () => {
    const outcome = await sender('').send(delivery('http://127.0.0.1:4000/hooks'), plainSigning(secret));
    expect(outcome).toMatchObject({ delivered: false, retryable: false, status: null });
    expect(outcome.error).toBe(
      'destination refused by the egress guard: 127.0.0.1 is not a public address. This is a configuration problem: ' +
        'allow it where the webhook service runs with CALLSIGHT_EGRESS_ALLOW (addresses, CIDRs or host names, ' +
        'e.g. CALLSIGHT_EGRESS_ALLOW=127.0.0.1), then retry the job with mode redeliver',
    );
  });

  it('refuses a host name that resolves to a private address, at connect time', async () => {
    const outcome = await sender('').send(delivery('http://localhost:4000/hooks'), plainSigning(secret));
    expect(outcome).toMatchObject({ delivered: false, retryable: false });
    expect(outcome.error).toMatch(
      /^destination refused by the egress guard: localhost resolves to an address that is not public\. .*CALLSIGHT_EGRESS_ALLOW/,
    );
  });

  it('says when the host name does not resolve, and retries', async () => {
    const outcome = await sender('').send(
      delivery('https://callsight-no-such-host.invalid/hooks'),
      plainSigning(secret),
    );
    expect(outcome).toMatchObject({ delivered: false, retryable: true, status: null });
    expect(outcome.error).toMatch(
      /^DNS lookup of callsight-no-such-host\.invalid failed \((ENOTFOUND|EAI_AGAIN)\): the host name does not resolve from the webhook service$/,
    );
  });

  it('says when nothing listens at the endpoint', async () => {
    const port = await freePort();
    const outcome = await sender('127.0.0.1').send(delivery(`http://127.0.0.1:${port}/hooks`), plainSigning(secret));
    expect(outcome).toMatchObject({ delivered: false, retryable: true });
    expect(outcome.error).toBe(`connection refused by 127.0.0.1:${port} (ECONNREFUSED): nothing listens there`);
  });

  it('says when the endpoint does not answer in time', async () => {
    const url = await serve(() => undefined);
    const outcome = await sender('127.0.0.1', 300).send(delivery(url), plainSigning(secret));
    expect(outcome).toMatchObject({ delivered: false, retryable: true, status: null });
    expect(outcome.error).toMatch(
      /^timeout: 127\.0\.0\.1:\d+ did not answer within 300 ms \(UND_ERR_HEADERS_TIMEOUT\)$/,
    );
  });

  it('reports the HTTP status the endpoint answered', async () => {
    const url = await serve((_request, response) => {
      response.statusCode = 503;
      response.end('busy');
    });
    const outcome = await sender('127.0.0.1').send(delivery(url), plainSigning(secret));
    expect(outcome).toMatchObject({ delivered: false, retryable: true, status: 503, excerpt: 'busy' });
    expect(outcome.error).toBe('endpoint answered 503');
  });
});
