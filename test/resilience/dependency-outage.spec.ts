import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { issueApiKey } from '@callsight/auth';
import { DomainError, Subjects } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { startCallsightStack, CallsightStack } from '../../apps/standalone/src/callsight-stack';
import { ApiClient, ApiResponse } from '../support/api-client';
import { PrivateNats, PrivatePostgres } from '../support/private-services';
import { waitFor } from '../support/wait-for';

interface Problem {
  code: string;
  status: number;
}

/**
 * PostgreSQL and NATS of the test's own, stopped under a running stack: every kind of route answers a retryable
 * 503 problem with Retry-After (never a 500), and works again once the dependency is back.
 */
describe('PostgreSQL or NATS going away under the services', () => {
  let postgres: PrivatePostgres;
  let nats: PrivateNats;
  let stack: CallsightStack;
  let api: ApiClient;
  let rpc: RpcClient;
  let workspaceId: string;
  let jobId: string;

  beforeAll(async () => {
    postgres = await PrivatePostgres.create();
    nats = await PrivateNats.create();
    const apiKey = issueApiKey().key;
    stack = await startCallsightStack({
      databaseUrl: postgres.url,
      bus: { kind: 'nats', url: nats.url },
      port: 0,
      env: { ...process.env, CALLSIGHT_BOOTSTRAP_API_KEY: apiKey, CALLSIGHT_SUBMIT_TIMEOUT_MS: '3000' },
    });
    api = new ApiClient(stack.url, apiKey);
    workspaceId = (await api.get<{ workspace_id: string }>('/api/v1/auth/whoami')).body.workspace_id;
    jobId = (await api.post<{ job_id: string }>('/api/v1/calls/transcript', { transcript: 'Agent: Hello.' })).body
      .job_id;
    rpc = new RpcClient(ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [nats.url] } }));
  });

  afterAll(async () => {
    await rpc?.onApplicationShutdown();
    await stack?.close();
    await nats?.destroy();
    postgres?.destroy();
  });

  /** One request of each kind: auth, submission, queries answered by each service over RPC, config. */
  const everyKindOfRoute = (): Array<[string, Promise<ApiResponse<Problem>>]> => [
    ['whoami', api.get('/api/v1/auth/whoami')],
    ['unknown key', api.withKey(issueApiKey().key).get('/api/v1/auth/whoami')],
    ['submit', api.post('/api/v1/calls/transcript', { transcript: 'Agent: Are you there?' })],
    ['list jobs', api.get('/api/v1/jobs')],
    ['get job', api.get(`/api/v1/jobs/${jobId}`)],
    ['transcript', api.get(`/api/v1/jobs/${jobId}/transcript`)],
    ['runs', api.get(`/api/v1/jobs/${jobId}/runs`)],
    ['stats', api.get('/api/v1/stats')],
    ['config', api.get(`/api/v1/config/workspaces/${workspaceId}`)],
  ];

  const answers = async (routes: Array<[string, Promise<ApiResponse<Problem>>]>) =>
    Promise.all(
      routes.map(async ([name, response]) => {
        const { status, headers, body } = await response;
        return { name, status, type: headers.get('content-type'), retryAfter: headers.get('retry-after'), body };
      }),
    );

  const expectAllUnavailable = async (routes: Array<[string, Promise<ApiResponse<Problem>>]>) => {
    for (const answer of await answers(routes)) {
      expect(answer).toEqual({
        name: answer.name,
        status: 503,
        type: expect.stringMatching(/^application\/problem\+json/) as unknown,
        retryAfter: expect.stringMatching(/^\d+$/) as unknown,
        body: expect.objectContaining({ code: 'service_unavailable', status: 503 }) as unknown,
      });
    }
  };

  const worksAgain = () =>
    waitFor(
      async () => {
        const results = await answers(everyKindOfRoute().filter(([name]) => name !== 'unknown key'));
        return results.every((answer) => answer.status < 300) ? results : undefined;
      },
      'every route to work again',
      60_000,
      500,
    );

  it('answers 503 with Retry-After on every route while PostgreSQL is down, and works once it is back', async () => {
    postgres.stop();
    try {
      await expectAllUnavailable(everyKindOfRoute());
      // A service answering over RPC says "unavailable", not "internal", so the gateway can pass a 503 through.
      const reply = rpc.request(Subjects.ingestion.listJobs, { workspaceId, requestId: 'outage-probe' }, {}, 5000);
      await expect(reply).rejects.toEqual(expect.objectContaining({ code: 'service_unavailable' }));
      await expect(reply).rejects.toBeInstanceOf(DomainError);
    } finally {
      await postgres.start();
    }
    await worksAgain();
  });

  it('answers 503 with Retry-After on every route that needs NATS while it is down, and works once it is back', async () => {
    await nats.stop();
    try {
      await expectAllUnavailable(everyKindOfRoute().filter(([name]) => !['whoami', 'unknown key'].includes(name)));
    } finally {
      await nats.start();
    }
    await worksAgain();
  });
});
