import { issueApiKey } from '@callsight/auth';
import { EVENTS_STREAM, JobLogs, JobView, SubmissionAccepted, SubmitCallReply, Subjects } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { startCallsightStack } from '../../apps/standalone/src/callsight-stack';
import { ApiClient } from '../support/api-client';
import { TEST_NATS_URL } from '../support/environment';
import { createTestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

const RETRY_AFTER_SECONDS = 3;
const ISO = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';

/**
 * A failed delivery attempt seen from the API, through the real pipeline: the webhook service
 * records the attempt and announces it; ingestion logs it on the job and shows it as the job's
 * status_reason while the job waits in delivering for the next attempt.
 */
describe.each([
  ['the in-process bus', { kind: 'in-process' as const }],
  ['NATS JetStream', { kind: 'nats' as const, url: TEST_NATS_URL }],
])('failed webhook attempts on %s', (_label, bus) => {
  let api: ApiClient;
  let receiver: WebhookReceiver;
  let stop: () => Promise<void>;
  let submitPastTheGateway: (webhookUrl: string) => Promise<string>;

  beforeAll(async () => {
    const database = await createTestDatabase('delivery_attempts');
    const apiKey = issueApiKey().key;
    receiver = await WebhookReceiver.start();
    const stack = await startCallsightStack({
      databaseUrl: database.url,
      bus,
      port: 0,
      env: {
        ...process.env,
        CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
        CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
        CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: String(RETRY_AFTER_SECONDS),
        CALLSIGHT_WEBHOOK_POLL_MS: '100',
      },
    });
    stop = async () => {
      await stack.close();
      await receiver.close();
      if (bus.kind === 'nats') await deleteStream(EVENTS_STREAM);
      await database.drop();
    };
    api = new ApiClient(stack.url, apiKey);
    const workspaceId = (await api.get<{ workspace_id: string }>('/api/v1/auth/whoami')).body.workspace_id;
    await api.patch(`/api/v1/config/workspaces/${workspaceId}/webhooks`, { url: receiver.url });
    // The gateway refuses such a URL when it is submitted; one can still reach the webhook service when its
    // allow-list is narrower than the gateway's, or was saved before, so it is sent to ingestion directly.
    submitPastTheGateway = async (webhookUrl) => {
      const reply = await stack.gateway.get(RpcClient).request<SubmitCallReply>(
        Subjects.ingestion.submitCall,
        { workspaceId, requestId: 'delivery-attempts' },
        {
          source: 'transcript',
          transcript: 'Rep: Thanks for joining.',
          webhook_url: webhookUrl,
        },
      );
      return reply.accepted.job_id;
    };
  });

  afterAll(async () => stop?.());

  const submit = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: 'Rep: Thanks for joining.\nCustomer: Happy to be here.',
      ...extra,
    });
    expect(accepted.status).toBe(202);
    return accepted.body.job_id;
  };
  const job = async (jobId: string): Promise<JobView> => (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
  const log = async (jobId: string): Promise<JobLogs['data']> =>
    (await api.get<JobLogs>(`/api/v1/jobs/${jobId}/logs`)).body.data;
  const waitForStatus = (jobId: string, status: string): Promise<JobView> =>
    waitFor(async () => {
      const view = await job(jobId);
      return view.status === status ? view : undefined;
    }, `job ${jobId} to be ${status}`);

  it('says on the job and in its log why the attempt failed and when the next is due, then completes', async () => {
    receiver.respondWith(503);
    const jobId = await submit();
    const waiting = await waitFor(async () => {
      const view = await job(jobId);
      return view.status_reason ? view : undefined;
    }, 'the failed attempt to show on the job');
    expect(waiting.status).toBe('delivering');
    const reason = new RegExp(
      `^webhook attempt 1 of 2 to ${receiver.url} failed: endpoint answered 503; next attempt at (${ISO})$`,
    );
    expect(waiting.status_reason).toMatch(reason);
    const nextAttemptAt = Date.parse(reason.exec(waiting.status_reason!)![1]);
    const failedAt = receiver.received[receiver.received.length - 1].receivedAt;
    expect(nextAttemptAt - failedAt).toBeGreaterThan((RETRY_AFTER_SECONDS - 1) * 1000);
    expect(nextAttemptAt - failedAt).toBeLessThan((RETRY_AFTER_SECONDS + 1) * 1000);

    const completed = await waitForStatus(jobId, 'completed');
    expect(completed.status_reason).toBeNull();
    const lines = (await log(jobId)).filter((line) => line.event.startsWith('webhook.'));
    expect(lines).toEqual([
      expect.objectContaining({
        event: 'webhook.attempt_failed',
        from_status: 'delivering',
        to_status: null,
        message: waiting.status_reason,
      }),
      expect.objectContaining({ event: 'webhook.delivered', from_status: 'delivering', to_status: 'completed' }),
    ]);
  });

  it('names a DNS failure, keeps the job delivering, and fails it with that reason when the schedule is used up', async () => {
    const jobId = await submit({ webhook_url: 'https://callsight-no-such-host.invalid/hooks?token=hidden' });
    const waiting = await waitFor(async () => {
      const view = await job(jobId);
      return view.status_reason ? view : undefined;
    }, 'the failed attempt to show on the job');
    expect(waiting.status).toBe('delivering');
    expect(waiting.status_reason).toMatch(
      new RegExp(
        '^webhook attempt 1 of 2 to https://callsight-no-such-host.invalid/hooks failed: DNS lookup of ' +
          'callsight-no-such-host.invalid failed \\((ENOTFOUND|EAI_AGAIN)\\): the host name does not resolve ' +
          `from the webhook service; next attempt at ${ISO}$`,
      ),
    );
    const failed = await waitForStatus(jobId, 'failed');
    expect(failed.status_reason).toMatch(/^webhook delivery failed after 2 attempt\(s\): DNS lookup of callsight-no/);
  });

  it('fails a refused destination at once as a configuration problem that names CALLSIGHT_EGRESS_ALLOW', async () => {
    const jobId = await submitPastTheGateway('http://10.0.0.1/hooks');
    const failed = await waitForStatus(jobId, 'failed');
    expect(failed.status_reason).toBe(
      'webhook delivery failed after 1 attempt(s): destination refused by the egress guard: 10.0.0.1 is not a ' +
        'public address. This is a configuration problem: allow it where the webhook service runs with ' +
        'CALLSIGHT_EGRESS_ALLOW (addresses, CIDRs or host names, e.g. CALLSIGHT_EGRESS_ALLOW=10.0.0.1), then ' +
        'retry the job with mode redeliver',
    );
    expect((await log(jobId)).map((line) => line.event)).not.toContain('webhook.attempt_failed');
  });
});
