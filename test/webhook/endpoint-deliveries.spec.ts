import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import type {
  EndpointAttemptPage,
  JobView,
  WebhookDeliveryList,
  SubmissionAccepted,
  WebhookEndpointCreated,
  WebhookEndpointView,
  WebhookSecretRotated,
} from '@callsight/contracts';
import { problemsAgainst } from '../openapi/documented-schema';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { FLOODED_BASEMENT_CALL } from '../support/transcripts';
import { verifiesWith, WebhookReceiver } from '../support/webhook-receiver';

describe('deliveries to several endpoints, each in its format', () => {
  let running: RunningStack;
  let receiver: WebhookReceiver;
  let failing: WebhookReceiver;
  let sectionSecret: string;

  beforeAll(async () => {
    running = await startInProcessStack('endpoint-deliveries');
    [receiver, failing] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
    const section = await running.api.patch<{ secret: string }>(
      `/api/v1/config/workspaces/${running.workspaceId}/webhooks`,
      { url: `${receiver.url}/section` },
    );
    sectionSecret = section.body.secret;
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
  const submit = async () =>
    (await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: FLOODED_BASEMENT_CALL })).body
      .job_id;
  const finished = (jobId: string) =>
    waitFor(async () => {
      const job = (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return ['completed', 'failed'].includes(job.status) ? job : undefined;
    }, `job ${jobId} to finish`);
  const hooksFor = (jobId: string, path: string) =>
    receiver.received.filter((hook) => hook.path.endsWith(path) && hook.body.includes(jobId.replace('job_', '')));
  const callIdOf = async (jobId: string) => (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body.call_id;

  it('sends each endpoint its format, signed with its own secret, with its headers and credentials', async () => {
    const native = await createEndpoint({
      url: `${receiver.url}/native`,
      event_types: ['job.completed'],
      headers: { 'X-Tenant': 'acme' },
      credentials: { type: 'bearer', token: 'receiver-token-1' },
    });
    const kestrel = await createEndpoint({ url: `${receiver.url}/kestrel`, format: 'kestrel' });
    const paused = await createEndpoint({ url: `${receiver.url}/paused`, enabled: false });

    const jobId = await submit();
    expect((await finished(jobId)).status).toBe('completed');
    const callId = await callIdOf(jobId);

    const [section] = hooksFor(jobId, '/section');
    expect(verifiesWith(section, sectionSecret)).toBe(true);
    expect(JSON.parse(section.body)).toMatchObject({ type: 'job.completed', data: { job_id: jobId } });

    const [nativeHook, ...moreNative] = hooksFor(jobId, '/native');
    expect(moreNative).toEqual([]);
    expect(verifiesWith(nativeHook, native.secret)).toBe(true);
    expect(verifiesWith(nativeHook, sectionSecret)).toBe(false);
    expect(nativeHook.headers.authorization).toBe('Bearer receiver-token-1');
    expect(nativeHook.headers['x-tenant']).toBe('acme');

    const kestrelHooks = receiver.received.filter(
      (hook) => hook.path.endsWith('/kestrel') && hook.body.includes(callId),
    );
    const events = kestrelHooks.map((hook) => (JSON.parse(hook.body) as { event: string }).event).sort();
    expect(events).toEqual(['appointment.booked', 'call.completed', 'emergency.detected']);
    for (const hook of kestrelHooks) {
      const expected = createHmac('sha256', kestrel.secret).update(hook.body, 'utf8').digest('hex');
      expect(hook.headers['x-kestrel-signature']).toBe(expected);
      expect(verifiesWith(hook, kestrel.secret)).toBe(true);
      expect(JSON.parse(hook.body)).toMatchObject({ data: { call_id: callId, recording_url: null } });
    }
    expect(receiver.received.filter((hook) => hook.path.endsWith('/paused'))).toEqual([]);
    expect(paused.enabled).toBe(false);

    const deliveries = (await running.api.get<WebhookDeliveryList>(`/api/v1/jobs/${jobId}/deliveries`)).body.data;
    expect(
      deliveries
        .map((delivery) => [delivery.endpoint_id, delivery.event_type, delivery.status, delivery.attempts])
        .sort(),
    ).toEqual(
      [
        [null, 'job.completed', 'delivered', 1],
        [native.id, 'job.completed', 'delivered', 1],
        [kestrel.id, 'call.completed', 'delivered', 1],
        [kestrel.id, 'emergency.detected', 'delivered', 1],
        [kestrel.id, 'appointment.booked', 'delivered', 1],
      ].sort(),
    );
    for (const delivery of deliveries) {
      expect(delivery.attempt_log).toEqual([
        expect.objectContaining({ attempt: 1, response_status: 200, response_excerpt: 'ok', error: null }),
      ]);
      expect(receiver.received.some((hook) => hook.headers['webhook-id'] === delivery.id)).toBe(true);
    }

    const attemptsOf = (query: string) =>
      running.api.get<EndpointAttemptPage>(`/api/v1/webhooks/endpoints/${kestrel.id}/attempts${query}`);
    const first = (await attemptsOf('?limit=2')).body;
    expect(first.data).toHaveLength(2);
    const rest = (await attemptsOf(`?limit=2&cursor=${first.next_cursor}`)).body;
    expect(rest.data).toHaveLength(1);
    expect(rest.next_cursor).toBeNull();
    expect(new Set([...first.data, ...rest.data].map((attempt) => attempt.event_type))).toEqual(
      new Set(['call.completed', 'emergency.detected', 'appointment.booked']),
    );
    expect((await attemptsOf('?cursor=not-a-cursor')).status).toBe(400);
  });

  it('signs with the new and the old secret for a day after a rotation', async () => {
    const endpoint = await createEndpoint({ url: `${receiver.url}/rotated`, event_types: ['job.completed'] });
    const rotated = (
      await running.api.post<WebhookSecretRotated>(`/api/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`)
    ).body;
    const jobId = await submit();
    await finished(jobId);
    const [hook] = hooksFor(jobId, '/rotated');
    expect(String(hook.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifiesWith(hook, rotated.secret)).toBe(true);
    expect(verifiesWith(hook, endpoint.secret)).toBe(true);
  });

  it('fails the job, naming the endpoint, when one endpoint never accepts; the others still get theirs', async () => {
    failing.failWith(500);
    const broken = await createEndpoint({ url: `${failing.url}/broken`, event_types: ['job.completed'] });
    const jobId = await submit();
    const job = await finished(jobId);
    expect(job.status).toBe('failed');
    expect(job.status_reason).toContain(`${failing.url}/broken: endpoint answered 500`);
    expect(hooksFor(jobId, '/section')).toHaveLength(1);
    expect(failing.received.filter((hook) => hook.path.endsWith('/broken')).length).toBeGreaterThanOrEqual(3);
    await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${broken.id}`);
  });

  it("waits as long as a 429's Retry-After asks before trying again", async () => {
    const patient = await WebhookReceiver.start();
    try {
      patient.respondOnceWith(429, { 'retry-after': '2' });
      const endpoint = await createEndpoint({ url: `${patient.url}/patient`, event_types: ['job.completed'] });
      const jobId = await submit();
      expect((await finished(jobId)).status).toBe('completed');
      const [refused, accepted] = patient.received.filter((hook) => hook.body.includes(jobId));
      expect([refused.status, accepted.status]).toEqual([429, 200]);
      // The schedule alone would have tried again after 0.2 s.
      expect(accepted.receivedAt - refused.receivedAt).toBeGreaterThanOrEqual(1_900);
      await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${endpoint.id}`);
    } finally {
      await patient.close();
    }
  });

  it('disables an endpoint that answers 410 Gone, saying why, and sends it nothing more', async () => {
    const gone = await WebhookReceiver.start();
    try {
      gone.failWith(410);
      const endpoint = await createEndpoint({ url: `${gone.url}/gone`, event_types: ['job.completed'] });
      const jobId = await submit();
      const job = await finished(jobId);
      expect(job.status).toBe('failed');
      expect(gone.received).toHaveLength(1);
      const view = (await running.api.get<WebhookEndpointView>(`/api/v1/webhooks/endpoints/${endpoint.id}`)).body;
      expect(view.enabled).toBe(false);
      expect(view.disabled_reason).toMatch(/^the endpoint answered 410 Gone on /);

      const next = await submit();
      expect((await finished(next)).status).toBe('completed');
      expect(gone.received).toHaveLength(1);
      const enabled = await running.api.patch<WebhookEndpointView>(`/api/v1/webhooks/endpoints/${endpoint.id}`, {
        enabled: true,
      });
      expect(enabled.body.disabled_reason).toBeNull();
      await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${endpoint.id}`);
    } finally {
      await gone.close();
    }
  });

  it('disables an endpoint that has accepted nothing for five days, and tells the endpoints that asked', async () => {
    const db = new Client({ connectionString: running.database.url });
    await db.connect();
    try {
      failing.failWith(500);
      const stale = await createEndpoint({ url: `${failing.url}/stale`, event_types: ['job.completed'] });
      const watcher = await createEndpoint({ url: `${receiver.url}/watcher`, event_types: ['endpoint.disabled'] });
      await db.query("UPDATE webhook.endpoints SET failing_since = now() - interval '5 days 1 minute' WHERE id = $1", [
        stale.id,
      ]);
      const jobId = await submit();
      expect((await finished(jobId)).status).toBe('failed');

      const view = (await running.api.get<WebhookEndpointView>(`/api/v1/webhooks/endpoints/${stale.id}`)).body;
      expect(view.enabled).toBe(false);
      expect(view.disabled_reason).toMatch(/^no delivery has succeeded since .* \(5 days\)$/);
      const notice = await waitFor(
        () => receiver.received.find((hook) => hook.path.endsWith('/watcher') && hook.body.includes(stale.id)),
        'the endpoint.disabled notice',
      );
      expect(verifiesWith(notice, watcher.secret)).toBe(true);
      expect(problemsAgainst('EndpointDisabledWebhook', JSON.parse(notice.body))).toEqual([]);
      expect(JSON.parse(notice.body)).toMatchObject({
        type: 'endpoint.disabled',
        data: { endpoint_id: stale.id, url: `${failing.url}/stale`, reason: view.disabled_reason },
      });
      await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${stale.id}`);
      await running.api.request('DELETE', `/api/v1/webhooks/endpoints/${watcher.id}`);
    } finally {
      await db.end();
    }
  });
});
