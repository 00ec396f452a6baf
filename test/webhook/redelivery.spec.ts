import type {
  AlgorithmRuns,
  EndpointAttemptPage,
  EndpointRecovery,
  JobView,
  SubmissionAccepted,
  WebhookDeliveryList,
  WebhookEndpointCreated,
  WebhookRedelivery,
} from '@callsight/contracts';
import type { ProblemDetails } from '@callsight/common';
import { ApiClient } from '../support/api-client';
import { problemsAgainst } from '../openapi/documented-schema';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { FLOODED_BASEMENT_CALL } from '../support/transcripts';
import { ReceivedWebhook, verifiesWith, WebhookReceiver } from '../support/webhook-receiver';

interface Envelope {
  type: string;
  data: Record<string, unknown>;
}
const envelopeOf = (hook: ReceivedWebhook) => JSON.parse(hook.body) as Envelope;

describe('on-demand runs, call events and redelivery', () => {
  let running: RunningStack;
  let receiver: WebhookReceiver;
  let failing: WebhookReceiver;
  let other: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('redelivery');
    [receiver, failing] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
    const workspace = await running.workspaces.createWorkspace('redelivery-other');
    other = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'other')).key);
  });

  afterAll(async () => {
    await Promise.all([receiver?.close(), failing?.close()]);
    await running?.stop();
  });

  const createEndpoint = async (body: Record<string, unknown>) => {
    const created = await running.api.post<WebhookEndpointCreated>('/api/v1/webhooks/endpoints', body);
    expect(created.status).toBe(201);
    return created.body;
  };
  const deleteEndpoint = async (id: string) =>
    expect((await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${id}`)).status).toBe(204);
  const submit = async (api: ApiClient = running.api) =>
    (await api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: FLOODED_BASEMENT_CALL })).body.job_id;
  const finished = (jobId: string, api: ApiClient = running.api) =>
    waitFor(async () => {
      const job = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return ['completed', 'failed'].includes(job.status) ? job : undefined;
    }, `job ${jobId} to finish`);
  const deliveriesOf = async (jobId: string) =>
    (await running.api.get<WebhookDeliveryList>(`/api/v1/jobs/${jobId}/deliveries`)).body.data;
  const hooksAt = (at: WebhookReceiver, path: string, jobId: string) =>
    at.received.filter((hook) => hook.path.endsWith(path) && envelopeOf(hook).data.job_id === jobId);
  const pipelineRunOf = async (jobId: string, algorithmId: string) => {
    const runs = (await running.api.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data;
    return runs.find((run) => run.algorithm_id === algorithmId && run.trigger === 'pipeline')!.run_id;
  };

  it('sends native call events to an endpoint that names them, and on-demand runs to those that take the defaults', async () => {
    const defaults = await createEndpoint({ url: `${receiver.url}/defaults` });
    const calls = await createEndpoint({
      url: `${receiver.url}/calls`,
      event_types: ['call.completed', 'appointment.booked', 'emergency.detected', 'call.missed'],
    });
    const kestrel = await createEndpoint({ url: `${receiver.url}/kestrel`, format: 'kestrel' });

    const jobId = await submit();
    expect((await finished(jobId)).status).toBe('completed');

    expect(hooksAt(receiver, '/defaults', jobId).map((hook) => envelopeOf(hook).type)).toEqual(['job.completed']);
    const callHooks = hooksAt(receiver, '/calls', jobId);
    expect(callHooks.map((hook) => envelopeOf(hook).type).sort()).toEqual([
      'appointment.booked',
      'call.completed',
      'emergency.detected',
    ]);
    const schemaOf: Record<string, string> = {
      'call.completed': 'CallCompletedWebhook',
      'appointment.booked': 'AppointmentBookedWebhook',
      'emergency.detected': 'EmergencyDetectedWebhook',
    };
    for (const hook of callHooks) {
      const payload = envelopeOf(hook);
      expect(verifiesWith(hook, calls.secret)).toBe(true);
      expect(problemsAgainst(schemaOf[payload.type], payload)).toEqual([]);
      expect(payload.data).toMatchObject({ job_id: jobId, outcome: 'emergency', recording_url: null });
    }
    expect(envelopeOf(callHooks.find((hook) => envelopeOf(hook).type === 'emergency.detected')!).data).toMatchObject({
      emergency: { category: 'flooding', severity: 'high' },
    });

    const onDemand = await running.api.post<AlgorithmRuns>(`/api/v1/jobs/${jobId}/run-algorithms`, {
      algorithm_ids: ['talk_ratio'],
    });
    expect(onDemand.status).toBe(200);
    const runId = onDemand.body.data[0].run_id;
    const runHook = await waitFor(
      () =>
        receiver.received.find(
          (hook) => hook.path.endsWith('/defaults') && (envelopeOf(hook).data.run_id as string | undefined) === runId,
        ),
      'algorithm_run.completed at the default endpoint',
    );
    const payload = envelopeOf(runHook);
    expect(verifiesWith(runHook, defaults.secret)).toBe(true);
    expect(problemsAgainst('AlgorithmRunCompletedWebhook', payload)).toEqual([]);
    expect(payload).toMatchObject({
      type: 'algorithm_run.completed',
      data: { job_id: jobId, run_id: runId, algorithm_id: 'talk_ratio', trigger: 'on_demand', status: 'succeeded' },
    });
    expect(payload.data.output).toEqual(onDemand.body.data[0].output);

    // The on-demand run changes nothing about the job, and only endpoints that take the event hear of it.
    expect((await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body.status).toBe('completed');
    const runDeliveries = (await deliveriesOf(jobId)).filter((d) => d.event_type === 'algorithm_run.completed');
    expect(runDeliveries.map((delivery) => delivery.endpoint_id)).toEqual([defaults.id]);
    expect(receiver.received.filter((hook) => !hook.path.endsWith('/defaults') && hook.body.includes(runId))).toEqual(
      [],
    );

    await Promise.all([defaults.id, calls.id, kestrel.id].map(deleteEndpoint));
  });

  it("redeliver-webhook sends a run's messages again under their own ids, one manual attempt, the job unchanged", async () => {
    const flaky = await createEndpoint({ url: `${failing.url}/flaky` });
    failing.failWith(500);
    const jobId = await submit();
    const job = await finished(jobId);
    expect(job.status).toBe('failed');
    const [failed] = await deliveriesOf(jobId);
    expect(failed).toMatchObject({ endpoint_id: flaky.id, status: 'failed', attempts: 3 });
    expect(failed.attempt_log.map((attempt) => attempt.trigger)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    const sentBefore = failing.received.length;

    await failing.recover();
    const runId = await pipelineRunOf(jobId, 'talk_ratio');
    const asked = await running.api.post<WebhookRedelivery>(`/api/v1/algorithm-runs/${runId}/redeliver-webhook`);
    expect(asked.status).toBe(202);
    expect(asked.body.redelivered.map((delivery) => delivery.id)).toEqual([failed.id]);
    expect(asked.body.redelivered[0].status).toBe('pending');
    expect(asked.body.already_pending).toEqual([]);

    const again = await waitFor(
      () => failing.received.slice(sentBefore).find((hook) => hook.status === 200),
      'the redelivered message',
    );
    expect(again.headers['webhook-id']).toBe(failed.id);
    expect(verifiesWith(again, flaky.secret)).toBe(true);
    expect(envelopeOf(again)).toMatchObject({ type: 'job.completed', data: { job_id: jobId } });

    const settled = await waitFor(async () => {
      const [delivery] = await deliveriesOf(jobId);
      return delivery.status === 'delivered' ? delivery : undefined;
    }, 'the delivery to settle');
    expect(settled.attempts).toBe(4);
    expect(settled.attempt_log.map((attempt) => [attempt.trigger, attempt.response_status])).toEqual([
      ['scheduled', 500],
      ['scheduled', 500],
      ['scheduled', 500],
      ['manual', 200],
    ]);
    const page = (await running.api.get<EndpointAttemptPage>(`/api/v1/webhooks/endpoints/${flaky.id}/attempts`)).body;
    expect(page.data[0]).toMatchObject({ delivery_id: failed.id, trigger: 'manual', response_status: 200 });
    expect((await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body.status).toBe('failed');

    // A manual attempt that fails is one attempt: it starts no new schedule.
    failing.failWith(500);
    const sentBeforeSecond = failing.received.length;
    await running.api.post(`/api/v1/algorithm-runs/${runId}/redeliver-webhook`);
    const once = await waitFor(async () => {
      const [delivery] = await deliveriesOf(jobId);
      return delivery.status === 'failed' ? delivery : undefined;
    }, 'the second manual attempt to fail');
    expect(once.attempts).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(failing.received.length - sentBeforeSecond).toBe(1);
    await failing.recover();
    await deleteEndpoint(flaky.id);
  });

  it('recover sends every failed message of the window again, and only those', async () => {
    const since = new Date().toISOString();
    const down = await createEndpoint({ url: `${failing.url}/down` });
    failing.failWith(503);
    const jobIds = [await submit(), await submit()];
    for (const jobId of jobIds) expect((await finished(jobId)).status).toBe('failed');
    const failedIds = (await Promise.all(jobIds.map(deliveriesOf))).flat().map((delivery) => delivery.id);
    expect(failedIds).toHaveLength(2);

    await failing.recover();
    const path = `/api/v1/webhooks/endpoints/${down.id}/recover`;
    const before = await running.api.post<EndpointRecovery>(path, { since, until: since });
    expect(before.status).toBe(400);
    const earlier = await running.api.post<EndpointRecovery>(path, {
      since: new Date(Date.now() - 3_600_000).toISOString(),
      until: since,
    });
    expect(earlier.body.redelivered).toBe(0);

    const recovered = await running.api.post<EndpointRecovery>(path, { since });
    expect(recovered.status).toBe(202);
    expect(recovered.body.redelivered).toBe(2);
    const resent = await waitFor(() => {
      const ok = failing.received.filter((hook) => hook.path.endsWith('/down') && hook.status === 200);
      return ok.length >= 2 ? ok : undefined;
    }, 'both messages again');
    expect(resent.map((hook) => hook.headers['webhook-id']).sort()).toEqual([...failedIds].sort());

    await waitFor(async () => {
      const all = (await Promise.all(jobIds.map(deliveriesOf))).flat();
      return all.every((delivery) => delivery.status === 'delivered') ? all : undefined;
    }, 'the recovered deliveries to settle');
    const again = await running.api.post<EndpointRecovery>(path, { since });
    expect(again.body.redelivered).toBe(0);
    await deleteEndpoint(down.id);
  });

  it('refuses what it cannot redeliver with a clear problem', async () => {
    const days40 = new Date(Date.now() - 40 * 24 * 3_600_000).toISOString();
    const endpoint = await createEndpoint({ url: `${receiver.url}/spare` });
    const tooOld = await running.api.post<ProblemDetails>(`/api/v1/webhooks/endpoints/${endpoint.id}/recover`, {
      since: days40,
    });
    expect(tooOld.status).toBe(400);
    expect(tooOld.headers.get('content-type')).toContain('application/problem+json');
    expect(tooOld.body.errors).toEqual([{ field: 'since', message: 'must be within the last 30 days' }]);
    const notATime = await running.api.post<ProblemDetails>(`/api/v1/webhooks/endpoints/${endpoint.id}/recover`, {
      since: 'yesterday',
    });
    expect(notATime.status).toBe(400);
    expect(
      (await other.post(`/api/v1/webhooks/endpoints/${endpoint.id}/recover`, { since: new Date().toISOString() }))
        .status,
    ).toBe(404);
    await deleteEndpoint(endpoint.id);

    // The other workspace has no endpoint: its job's results went nowhere, so there is nothing to send again.
    const jobId = await submit(other);
    expect((await finished(jobId, other)).status).toBe('completed');
    const runs = (await other.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data;
    const nothing = await other.post<ProblemDetails>(`/api/v1/algorithm-runs/${runs[0].run_id}/redeliver-webhook`);
    expect(nothing.status).toBe(409);
    expect(nothing.body.detail).toContain('No webhook delivery carried run');
    expect((await running.api.post(`/api/v1/algorithm-runs/${runs[0].run_id}/redeliver-webhook`)).status).toBe(404);
    expect((await other.post('/api/v1/algorithm-runs/run_01jd5f3k1q8m2x7c9v4b6n0p3z/redeliver-webhook')).status).toBe(
      404,
    );
  });
});
