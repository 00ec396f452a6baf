import type { JobView, SubmissionAccepted, WebhookEndpointCreated } from '@callsight/contracts';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';

const TRANSCRIPT = 'Agent: Thanks for calling, how can I help?\nCustomer: I would like to book a cleaning.';
const CALLS = 6;

/** One endpoint that hangs must hold only its own slots: every other endpoint's deliveries go on meanwhile. */
describe('a hanging endpoint beside a healthy one', () => {
  let running: RunningStack;
  let slow: WebhookReceiver;
  let fast: WebhookReceiver;

  beforeAll(async () => {
    running = await startInProcessStack('endpoint-concurrency', {
      CALLSIGHT_WEBHOOK_ENDPOINT_CONCURRENCY: '2',
      CALLSIGHT_WEBHOOK_TIMEOUT_MS: '60000',
    });
    [slow, fast] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
  });

  afterAll(async () => {
    slow?.release();
    await Promise.all([slow?.close(), fast?.close()]);
    await running?.stop();
  });

  it('delivers every call to the healthy endpoint while the hanging one holds at most its limit', async () => {
    slow.hold();
    for (const receiver of [slow, fast]) {
      const created = await running.api.post<WebhookEndpointCreated>('/api/v1/webhooks/endpoints', {
        url: receiver.url,
      });
      expect(created.status).toBe(201);
    }
    const jobIds: string[] = [];
    for (let n = 0; n < CALLS; n += 1)
      jobIds.push(
        (await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: TRANSCRIPT })).body
          .job_id,
      );

    await waitFor(
      () => jobIds.every((jobId) => fast.received.some((hook) => hook.body.includes(jobId))),
      'every call delivered to the healthy endpoint',
    );
    expect(slow.heldCount).toBe(2);
    expect(slow.received).toEqual([]);

    slow.release();
    await waitFor(async () => {
      const jobs = await Promise.all(
        jobIds.map(async (jobId) => (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body.status),
      );
      return jobs.every((status) => status === 'completed');
    }, 'every job to complete once the hanging endpoint answers');
    expect(slow.received.filter((hook) => jobIds.some((jobId) => hook.body.includes(jobId)))).toHaveLength(CALLS);
  });
});
