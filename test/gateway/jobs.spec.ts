import type { ProblemDetails } from '@callsight/common';
import type {
  AlgorithmRuns,
  IngestionConfigView,
  JobLogs,
  JobPage,
  JobView,
  StatsByOrganization,
  StatsDaily,
  StatsDurationDistribution,
  StatsTrends,
  StatsSummary,
  SubmissionAccepted,
} from '@callsight/contracts';
import { ApiClient, ApiResponse } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { payloadOf, WebhookReceiver } from '../support/webhook-receiver';

const TRANSCRIPT = 'Rep: Thanks for joining the demo today.\nCustomer: Happy to be here.';

describe('jobs API on the in-process stack', () => {
  let running: RunningStack;
  let api: ApiClient;
  let other: ApiClient;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    running = await startInProcessStack('jobs');
    api = running.api;
    receiver = await WebhookReceiver.start();
    await api.patch(`/api/v1/config/workspaces/${running.workspaceId}/webhooks`, { url: receiver.url });
    const otherWorkspace = await running.workspaces.createWorkspace('other');
    other = new ApiClient(api.baseUrl, (await running.workspaces.createKey(otherWorkspace.id, 'other')).key);
  });

  afterAll(async () => {
    await receiver?.close();
    await running?.stop();
  });

  const submit = <T = SubmissionAccepted>(extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    api.post<T>('/api/v1/calls/transcript', { transcript: TRANSCRIPT, ...extra }, headers);
  const statusOf = async (jobId: string) => (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
  const settled = (jobId: string, status = 'completed', attempt = 1) =>
    waitFor(async () => {
      const job = await statusOf(jobId);
      return job.status === status && job.attempt === attempt ? job : undefined;
    }, `job ${jobId} to be ${status} (attempt ${attempt})`);
  const deliveriesOf = (jobId: string) => receiver.received.filter((hook) => payloadOf(hook).data.job_id === jobId);

  describe('listing', () => {
    const company = `acme-${Date.now()}`;
    let ids: string[];

    beforeAll(async () => {
      ids = [];
      for (let n = 0; n < 5; n += 1)
        ids.push((await submit({ source_call_id: `list-${n}`, source_company_id: company })).body.job_id);
      await Promise.all(ids.map((id) => settled(id)));
    });

    it('pages through every job exactly once with cursors, newest first', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse<JobPage> = await api.get<JobPage>(
          `/api/v1/jobs?source_company_id=${company}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        expect(page.body.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.data.map((job) => job.job_id));
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
    });

    it('sorts oldest first on request and filters by status, source call id and time', async () => {
      const ascending = await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}&sort=created_at`);
      expect(ascending.body.data.map((job) => job.job_id)).toEqual(ids);
      const one = await api.get<JobPage>(`/api/v1/jobs?source_call_id=list-3&source_company_id=${company}`);
      expect(one.body.data.map((job) => job.job_id)).toEqual([ids[3]]);
      expect(
        (await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}&status=failed,skipped`)).body.data,
      ).toEqual([]);
      expect(
        (await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}&status=completed`)).body.data,
      ).toHaveLength(5);
      const future = new Date(Date.now() + 3600_000).toISOString();
      expect(
        (await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}&created_from=${future}`)).body.data,
      ).toEqual([]);
      expect(
        (await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}&created_to=${future}`)).body.data,
      ).toHaveLength(5);
    });

    it("never lists another workspace's jobs", async () => {
      expect((await other.get<JobPage>(`/api/v1/jobs?source_company_id=${company}`)).body.data).toEqual([]);
    });

    it.each([
      'limit=0',
      'limit=101',
      'limit=ten',
      'status=done',
      'sort=name',
      'cursor=not-a-cursor',
      'created_from=tomorrow',
      'unknown=1',
    ])('refuses %s with 400', async (query) => {
      const response = await api.get<ProblemDetails>(`/api/v1/jobs?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    });

    it('looks up the latest job by source ids', async () => {
      const found = await api.get<JobView>(`/api/v1/jobs/lookup?source_call_id=list-2&source_company_id=${company}`);
      expect(found.status).toBe(200);
      expect(found.body.job_id).toBe(ids[2]);
      expect((await api.get('/api/v1/jobs/lookup?source_call_id=never-sent')).status).toBe(404);
      expect((await api.get('/api/v1/jobs/lookup')).status).toBe(400);
      expect((await other.get(`/api/v1/jobs/lookup?source_call_id=list-2&source_company_id=${company}`)).status).toBe(
        404,
      );
    });
  });

  describe("a job's log and runs", () => {
    it('logs every stage event and status change with its time; statuses only move forward', async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      const logs = await api.get<JobLogs>(`/api/v1/jobs/${job_id}/logs`);
      expect(logs.status).toBe(200);
      expect(logs.body.data.map((line) => line.event).sort()).toEqual(
        [
          'job.created',
          'transcription.started',
          'transcription.completed',
          'scoring.completed',
          'webhook.delivered',
        ].sort(),
      );
      // Stages run independently, so "transcription started" may be recorded after "completed" without moving the job back.
      const order = ['queued', 'transcribing', 'analyzing', 'delivering', 'completed'];
      const changes = logs.body.data.filter((line) => line.to_status).map((line) => order.indexOf(line.to_status!));
      expect(changes).toEqual([...changes].sort((a, b) => a - b));
      expect(changes.at(-1)).toBe(order.indexOf('completed'));
      expect(logs.body.data.every((line) => !Number.isNaN(Date.parse(line.at)))).toBe(true);
    });

    it("lists the pipeline's runs and adds on-demand ones", async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      const runs = await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`);
      // Every default algorithm ran; on an untimed text transcript the timing ones are skipped, none fails.
      expect(runs.body.data).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ algorithm_id: 'talk_ratio', status: 'succeeded', trigger: 'pipeline' }),
          expect.objectContaining({ algorithm_id: 'interruptions', status: 'skipped', trigger: 'pipeline' }),
        ]),
      );
      expect(runs.body.data.filter((run) => run.trigger !== 'pipeline' || run.status === 'failed')).toEqual([]);
      const onDemand = await api.post<AlgorithmRuns>(`/api/v1/jobs/${job_id}/run-algorithms`, {
        algorithm_ids: ['talk_ratio'],
      });
      expect(onDemand.status).toBe(200);
      expect(onDemand.body.data[0]).toMatchObject({
        algorithm_id: 'talk_ratio',
        trigger: 'on_demand',
        output: { total_turns: 2 },
      });
      expect((await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data).toHaveLength(
        runs.body.data.length + 1,
      );
    });

    it('refuses an unknown algorithm and a job without a transcript', async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      const unknown = await api.post<ProblemDetails>(`/api/v1/jobs/${job_id}/run-algorithms`, {
        algorithm_ids: ['mind_reading'],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([{ field: 'algorithm_ids', message: 'no algorithm named mind_reading' }]);
      expect((await api.post(`/api/v1/jobs/${job_id}/run-algorithms`, { algorithm_ids: 'talk_ratio' })).status).toBe(
        400,
      );
    });

    it('runs the algorithms a call asked for, and records unknown ones as failed runs', async () => {
      const { job_id } = (await submit({ algorithm_ids: ['talk_ratio', 'not_there'] })).body;
      await settled(job_id);
      const runs = (await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data;
      expect(runs.map((run) => [run.algorithm_id, run.status]).sort()).toEqual([
        ['not_there', 'failed'],
        ['talk_ratio', 'succeeded'],
      ]);
    });
  });

  describe('retries', () => {
    it('requeues a completed job as a new attempt, delivers again, and counts the job once', async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      // Stats counts from the same events on its own consumers, so it may not have counted the completion yet.
      const before = await waitFor(async () => {
        const jobs = (await api.get<StatsSummary>('/api/v1/stats')).body.jobs;
        return jobs.in_progress === 0 ? jobs : undefined;
      }, 'the stats to count the first attempt');
      const retried = await api.post<JobView>(`/api/v1/jobs/${job_id}/retry`, { mode: 'requeue' });
      expect(retried.status).toBe(202);
      expect(retried.body).toMatchObject({ job_id, attempt: 2, status: 'queued' });
      const job = await settled(job_id, 'completed', 2);
      expect(job.stages.transcribing_at).not.toBeNull();
      const hooks = deliveriesOf(job_id);
      expect(hooks).toHaveLength(2);
      expect(hooks[0].headers['webhook-id']).not.toBe(hooks[1].headers['webhook-id']);
      await waitFor(async () => {
        const after = (await api.get<StatsSummary>('/api/v1/stats')).body.jobs;
        return (
          after.total === before.total &&
          after.completed === before.completed &&
          after.in_progress === before.in_progress
        );
      }, 'the stats to settle with the job counted once');
    });

    it('reruns the algorithms on the existing transcript', async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      const runs = (await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data.length;
      expect((await api.post<JobView>(`/api/v1/jobs/${job_id}/retry`, { mode: 'rerun' })).body).toMatchObject({
        attempt: 2,
        status: 'analyzing',
      });
      await settled(job_id, 'completed', 2);
      // A rerun adds a run per algorithm and keeps the first attempt's.
      expect((await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data).toHaveLength(runs * 2);
      expect(deliveriesOf(job_id)).toHaveLength(2);
    });

    it('redelivers the latest results', async () => {
      const { job_id } = (await submit()).body;
      await settled(job_id);
      const runs = (await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data.length;
      expect((await api.post<JobView>(`/api/v1/jobs/${job_id}/retry`, { mode: 'redeliver' })).body).toMatchObject({
        attempt: 2,
        status: 'delivering',
      });
      await settled(job_id, 'completed', 2);
      const hooks = deliveriesOf(job_id);
      expect(hooks).toHaveLength(2);
      expect(payloadOf(hooks[1]).data.results).toEqual(payloadOf(hooks[0]).data.results);
      expect((await api.get<AlgorithmRuns>(`/api/v1/jobs/${job_id}/runs`)).body.data).toHaveLength(runs);
    });

    it('retries by source ids, and defaults to requeue', async () => {
      const sourceCallId = `by-source-${Date.now()}`;
      const { job_id } = (await submit({ source_call_id: sourceCallId })).body;
      await settled(job_id);
      const retried = await api.post<JobView>('/api/v1/jobs/retry', { source_call_id: sourceCallId });
      expect(retried.status).toBe(202);
      expect(retried.body).toMatchObject({ job_id, attempt: 2 });
      await settled(job_id, 'completed', 2);
      expect((await api.post('/api/v1/jobs/retry', { source_call_id: 'nothing-like-it' })).status).toBe(404);
      expect((await api.post('/api/v1/jobs/retry', {})).status).toBe(400);
    });

    it('answers 409 to a rerun or redelivery of a job that failed before it had a transcript, and requeues it instead', async () => {
      const { job_id } = (await submit({ transcript: '...' })).body;
      const failed = await settled(job_id, 'failed');
      expect(failed.status_reason).toMatch(/transcription failed/);
      for (const mode of ['rerun', 'redeliver']) {
        const refused = await api.post<ProblemDetails>(`/api/v1/jobs/${job_id}/retry`, { mode });
        expect(refused.status).toBe(409);
        expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
        expect(refused.body.detail).toMatch(/retry it with mode requeue/);
      }
      expect(await statusOf(job_id)).toMatchObject({ status: 'failed', attempt: 1 });
      expect((await api.post(`/api/v1/jobs/${job_id}/retry`, { mode: 'requeue' })).status).toBe(202);
      await settled(job_id, 'failed', 2);
    });

    it('refuses a retry mode the job cannot do, and an unknown mode', async () => {
      const fresh = await running.workspaces.createWorkspace(`no-hook-${Date.now()}`);
      const client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(fresh.id, 'k')).key);
      const { job_id } =
        (await client.post<Partial<SubmissionAccepted> | undefined>('/api/v1/calls/transcript', { transcript: '' }))
          .body ?? {};
      expect(job_id).toBeUndefined();
      const accepted = (await submit()).body.job_id;
      await settled(accepted);
      expect((await api.post(`/api/v1/jobs/${accepted}/retry`, { mode: 'reboot' })).status).toBe(400);
    });
  });

  describe('duplicates and the status route', () => {
    let client: ApiClient;
    let workspaceId: string;

    beforeAll(async () => {
      const workspace = await running.workspaces.createWorkspace(`dupes-${Date.now()}`);
      workspaceId = workspace.id;
      client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'k')).key);
    });

    it('processes a repeated source call id again by default, and says so in the log', async () => {
      const first = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
        source_call_id: 'same',
      });
      const second = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
        source_call_id: 'same',
      });
      expect([first.body.status, second.body.status]).toEqual(['queued', 'queued']);
      const log = (await client.get<JobLogs>(`/api/v1/jobs/${second.body.job_id}/logs`)).body.data;
      expect(log[0].message).toBe(
        `accepted from transcript; source_call_id "same" was already submitted as ${first.body.job_id}, processed again (duplicate_policy process)`,
      );
    });

    it('skips a repeated source call id with the reason when the workspace says so, and requeues it on request', async () => {
      const patched = await client.patch<IngestionConfigView>(`/api/v1/config/workspaces/${workspaceId}/ingestion`, {
        duplicate_policy: 'skip',
      });
      expect(patched.body).toEqual({ duplicate_policy: 'skip' });
      const original = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
        source_call_id: 'crm-7',
      });
      const duplicate = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
        source_call_id: 'crm-7',
      });
      expect(duplicate.status).toBe(202);
      expect(duplicate.body.status).toBe('skipped');
      const skipped = (await client.get<JobView>(`/api/v1/jobs/${duplicate.body.job_id}`)).body;
      expect(skipped.status_reason).toBe(`duplicate of ${original.body.job_id} (same source_call_id "crm-7")`);
      expect(
        (
          await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
            transcript: TRANSCRIPT,
            source_call_id: 'crm-7',
            source_company_id: 'other-co',
          })
        ).body.status,
      ).toBe('queued');

      const conflict = await client.patch<ProblemDetails>(`/api/v1/jobs/${original.body.job_id}/status`, {
        status: 'queued',
      });
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('conflict');
      expect((await client.patch(`/api/v1/jobs/${duplicate.body.job_id}/status`, { status: 'completed' })).status).toBe(
        409,
      );
      expect((await client.patch(`/api/v1/jobs/${duplicate.body.job_id}/status`, { status: 'finished' })).status).toBe(
        400,
      );
      const requeued = await client.patch<JobView>(`/api/v1/jobs/${duplicate.body.job_id}/status`, {
        status: 'queued',
      });
      expect(requeued.status).toBe(200);
      expect(requeued.body).toMatchObject({ status: 'queued', attempt: 2 });
      await waitFor(
        async () => (await client.get<JobView>(`/api/v1/jobs/${duplicate.body.job_id}`)).body.status === 'completed',
        'the requeued duplicate to complete',
      );
      await waitFor(
        async () => (await client.get<StatsSummary>('/api/v1/stats')).body.jobs.skipped === 0,
        'stats to move the job out of skipped',
      );
    });

    it('lets only one of several concurrent submissions of one source call through under the skip policy', async () => {
      const sourceCallId = `race-${Date.now()}`;
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
            transcript: TRANSCRIPT,
            source_call_id: sourceCallId,
          }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(6).fill(202));
      expect(responses.map((response) => response.body.status).sort()).toEqual([
        'queued',
        'skipped',
        'skipped',
        'skipped',
        'skipped',
        'skipped',
      ]);
    });

    it('processes a call sent again after its first job failed, with the skip policy', async () => {
      const sourceCallId = `after-failure-${Date.now()}`;
      const first = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: '...',
        source_call_id: sourceCallId,
      });
      await waitFor(
        async () => (await client.get<JobView>(`/api/v1/jobs/${first.body.job_id}`)).body.status === 'failed',
        'the wordless call to fail',
      );
      const again = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
        source_call_id: sourceCallId,
      });
      expect(again.body.status).toBe('queued');
    });

    it('refuses an unknown duplicate policy', async () => {
      expect(
        (await client.patch(`/api/v1/config/workspaces/${workspaceId}/ingestion`, { duplicate_policy: 'maybe' }))
          .status,
      ).toBe(400);
    });
  });

  describe('what a call carries', () => {
    it("keeps every field sent, shows it on the job, and delivers to the call's own webhook URL instead of the workspace's", async () => {
      const own = await WebhookReceiver.start();
      try {
        const sent = {
          source_call_id: `fields-${Date.now()}`,
          source_company_id: 'fields-co',
          title: 'Renewal call',
          call_date: '2026-03-07T14:30:00+01:00',
          duration_seconds: 95,
          direction: 'outbound',
          rep_name: 'Ann Agent',
          rep_email: 'ann@example.com',
          from_number: '+4915112345678',
          to_number: '+4930123456',
          language: 'en-US',
          algorithm_ids: ['talk_ratio'],
          metadata: { crm: 'hubspot', deal: 42 },
          webhook_url: own.url,
        };
        const { job_id } = (await submit(sent)).body;
        const job = await settled(job_id);
        // The transcript has no timings: nothing measured, the stated duration stays as sent.
        expect(job).toMatchObject({
          ...sent,
          call_date: '2026-03-07T13:30:00.000Z',
          title_source: null,
          audio_duration_seconds: null,
        });
        await waitFor(() => own.received.length === 1, "the call's own endpoint to receive the result");
        const payload = payloadOf(own.received[0]).data;
        expect(payload).toMatchObject({
          job_id,
          duration_seconds: 95,
          audio_duration_seconds: null,
          rep_name: 'Ann Agent',
          rep_email: 'ann@example.com',
          direction: 'outbound',
          from_number: '+4915112345678',
          to_number: '+4930123456',
          language: 'en-US',
        });
        expect(deliveriesOf(job_id)).toEqual([]);
      } finally {
        await own.close();
      }
    });

    it('measures a timed transcript by the end of its last segment, beside the duration sent', async () => {
      const vtt = [
        'WEBVTT',
        '',
        '00:00:00.500 --> 00:00:04.000',
        '<v Rep>Thanks for joining the demo today.',
        '',
        '00:00:04.200 --> 00:00:41.250',
        '<v Customer>Happy to be here, and I have a long list of questions.',
        '',
      ].join('\n');
      const company = `timed-${Date.now()}`;
      const { job_id } = (await submit({ transcript: vtt, duration_seconds: 30, source_company_id: company })).body;
      const job = await settled(job_id);
      expect(job).toMatchObject({ duration_seconds: 30, audio_duration_seconds: 41.25 });
      const listed = (await api.get<JobPage>(`/api/v1/jobs?source_company_id=${company}`)).body.data;
      expect(listed).toEqual([
        expect.objectContaining({ job_id, duration_seconds: 30, audio_duration_seconds: 41.25 }),
      ]);
      await waitFor(() => deliveriesOf(job_id).length === 1, 'the result to be delivered');
      expect(payloadOf(deliveriesOf(job_id)[0]).data).toMatchObject({
        duration_seconds: 30,
        audio_duration_seconds: 41.25,
      });
    });

    it('fails a transcript too large for a pipeline message with a clear reason, and refuses one over the length limit', async () => {
      const wide = Array.from({ length: 2_000 }, (_, n) => `${n % 2 ? 'Customer' : 'Rep'}: ${'ü'.repeat(110)}`).join(
        '\n',
      );
      const { job_id } = (await submit({ transcript: wide })).body;
      const failed = await settled(job_id, 'failed');
      expect(failed.status_reason).toMatch(
        /^transcription failed \(transcript_too_large\): the transcript \(\d+ characters, \d+ bytes with its timings\) is larger than the \d+ bytes a pipeline message may carry$/,
      );
      const tooLong = await submit<ProblemDetails>({ transcript: 'x'.repeat(250_001) });
      expect(tooLong.status).toBe(400);
      expect(JSON.stringify(tooLong.body.errors)).toMatch(/transcript/);
    });

    it('counts calls per organization, busiest first, and calls without one under null', async () => {
      const workspace = await running.workspaces.createWorkspace(`orgs-${Date.now()}`);
      const client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'k')).key);
      const orgs = ['big-co', 'big-co', 'small-co', undefined];
      const ids: string[] = [];
      for (const org of orgs)
        ids.push(
          (
            await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
              transcript: TRANSCRIPT,
              duration_seconds: 60,
              ...(org ? { source_company_id: org } : {}),
            })
          ).body.job_id,
        );
      const stats = await waitFor(async () => {
        const response = await client.get<StatsByOrganization>('/api/v1/stats/by-organization');
        const done = response.body.data.reduce((sum, row) => sum + row.jobs.completed, 0);
        return done === orgs.length ? response : undefined;
      }, 'every call to be counted by organization');
      expect(stats.status).toBe(200);
      expect(stats.body.data.map((row) => [row.organization_id, row.jobs.total, row.total_call_seconds])).toEqual([
        ['big-co', 2, 120],
        [null, 1, 60],
        ['small-co', 1, 60],
      ]);
      expect((await client.get<StatsByOrganization>('/api/v1/stats/by-organization?limit=1')).body.data).toHaveLength(
        1,
      );
      const today = new Date().toISOString().slice(0, 10);
      expect(
        (await client.get<StatsByOrganization>(`/api/v1/stats/by-organization?from=2000-01-01&to=2000-12-31`)).body
          .data,
      ).toEqual([]);
      expect(
        (await client.get<StatsByOrganization>(`/api/v1/stats/by-organization?from=${today}&to=${today}`)).body.data,
      ).toHaveLength(3);
      expect((await client.get<StatsSummary>('/api/v1/stats')).body.jobs).toMatchObject({ total: 4, completed: 4 });
      for (const query of [
        'limit=0',
        'from=2026-13-01',
        'from=2026-03-02&to=2026-03-01',
        'from=2026-03-01T10:00:00Z',
        'tz=Mars/Olympus',
        'tz=%2B05:00',
      ]) {
        expect((await client.get(`/api/v1/stats/by-organization?${query}`)).status).toBe(400);
      }

      const daily = await client.get<StatsDaily>(`/api/v1/stats/daily?from=${today}&to=${today}&tz=UTC`);
      expect(daily.body.data).toEqual([expect.objectContaining({ date: today, total_call_seconds: 240 })]);
      expect(daily.body.data[0].jobs).toMatchObject({ total: 4, completed: 4 });
      const distribution = await client.get<StatsDurationDistribution>(
        '/api/v1/stats/duration-distribution?buckets=30,60,90',
      );
      expect(distribution.body.buckets.map((bucket) => [bucket.min_seconds, bucket.calls])).toEqual([
        [0, 0],
        [30, 0],
        [60, 4],
        [90, 0],
      ]);
      const trends = await client.get<StatsTrends>(`/api/v1/stats/trends?to=${today}`);
      expect(trends.body.data).toHaveLength(30);
      expect(trends.body.data.at(-1)).toMatchObject({ date: today, calls: 4, calls_7d: 0.57, call_seconds: 240 });
      const summary = (await client.get<StatsSummary>('/api/v1/stats')).body;
      expect(summary).toMatchObject({ tz: 'UTC', success_rate: 1, processing: { total: { count: 4 } } });
      expect(summary.processing.analysis.median_seconds).not.toBeNull();
      // A zone spelled another way is the same zone, answered from the same rollups.
      expect((await client.get<StatsSummary>('/api/v1/stats?tz=utc')).body).toEqual(summary);
      expect((await client.get('/api/v1/stats/duration-distribution?buckets=61')).status).toBe(400);
      expect((await client.get('/api/v1/stats/daily?from=2000-01-01&to=2026-01-01')).status).toBe(400);
      for (const query of ['to=9999-12-31', 'from=9999-12-01', 'from=9999-11-01&to=9999-12-31']) {
        for (const route of ['', '/daily', '/trends', '/duration-distribution', '/by-organization']) {
          expect([route, (await client.get(`/api/v1/stats${route}?${query}`)).status]).toEqual([route, 400]);
        }
      }
      expect((await client.get('/api/v1/stats?from=9999-11-01&to=9999-11-30&tz=Pacific/Kiritimati')).status).toBe(200);
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first response to a retried request and creates nothing new', async () => {
      const key = `key-${Date.now()}`;
      const first = await submit({ source_call_id: 'idem' }, { 'Idempotency-Key': key });
      await settled(first.body.job_id);
      const total = await waitFor(async () => {
        const jobs = (await api.get<StatsSummary>('/api/v1/stats')).body.jobs;
        return jobs.in_progress === 0 ? jobs.total : undefined;
      }, 'the stats to count the first request');
      const again = await submit({ source_call_id: 'idem' }, { 'Idempotency-Key': key });
      expect(again.status).toBe(202);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await api.get<StatsSummary>('/api/v1/stats')).body.jobs.total).toBe(total);
    });

    it('gives concurrent requests with one key one job', async () => {
      const key = `concurrent-${Date.now()}`;
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => submit({ source_call_id: 'idem-c' }, { 'Idempotency-Key': key })),
      );
      expect(new Set(responses.map((response) => response.body.job_id)).size).toBe(1);
      expect(responses.every((response) => response.status === 202)).toBe(true);
    });

    it('refuses the same key with a different body with 422, and a malformed key with 400', async () => {
      const key = `reuse-${Date.now()}`;
      await submit({ source_call_id: 'a' }, { 'Idempotency-Key': key });
      const reused = await submit<ProblemDetails>({ source_call_id: 'b' }, { 'Idempotency-Key': key });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      expect((await submit({}, { 'Idempotency-Key': 'x'.repeat(256) })).status).toBe(400);
    });

    it('keeps keys per workspace', async () => {
      const key = `shared-${Date.now()}`;
      const mine = await submit({}, { 'Idempotency-Key': key });
      const theirs = await other.post<SubmissionAccepted>(
        '/api/v1/calls/transcript',
        { transcript: TRANSCRIPT },
        { 'Idempotency-Key': key },
      );
      expect(theirs.status).toBe(202);
      expect(theirs.body.job_id).not.toBe(mine.body.job_id);
    });
  });

  describe('isolation of every route that takes a job id', () => {
    let jobId: string;

    beforeAll(async () => {
      jobId = (await submit()).body.job_id;
      await settled(jobId);
    });

    it.each([
      ['GET', '/logs', undefined],
      ['GET', '/runs', undefined],
      ['GET', '/transcript', undefined],
      ['GET', '', undefined],
      ['POST', '/retry', { mode: 'requeue' }],
      ['PATCH', '/status', { status: 'queued' }],
      ['POST', '/run-algorithms', {}],
    ])('%s /api/v1/jobs/{id}%s answers 404 to another workspace and changes nothing', async (method, suffix, body) => {
      const before = await statusOf(jobId);
      const response = await other.request<ProblemDetails>(method, `/api/v1/jobs/${jobId}${suffix}`, { body });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('not_found');
      expect(await statusOf(jobId)).toEqual(before);
    });

    it('does not let another workspace retry by source ids, look them up, or list them', async () => {
      const sourceCallId = `isolated-${Date.now()}`;
      const { job_id } = (await submit({ source_call_id: sourceCallId, source_company_id: 'iso-co' })).body;
      await settled(job_id);
      const before = await statusOf(job_id);
      const retried = await other.post('/api/v1/jobs/retry', {
        source_call_id: sourceCallId,
        source_company_id: 'iso-co',
        mode: 'requeue',
      });
      expect(retried.status).toBe(404);
      expect((await other.get(`/api/v1/jobs/lookup?source_call_id=${sourceCallId}`)).status).toBe(404);
      expect((await other.get<JobPage>(`/api/v1/jobs?source_call_id=${sourceCallId}`)).body.data).toEqual([]);
      expect(
        (await other.get<StatsByOrganization>('/api/v1/stats/by-organization')).body.data.map(
          (row) => row.organization_id,
        ),
      ).not.toContain('iso-co');
      expect(await statusOf(job_id)).toEqual(before);
    });
  });
});
