import type { ProblemDetails } from '@callsight/common';
import type {
  AlgorithmList,
  AlgorithmRuns,
  AlgorithmRunView,
  AlgorithmVariablesView,
  AlgorithmView,
  FeedbackPage,
  FeedbackStats,
  FeedbackView,
  JobView,
  SubmissionAccepted,
} from '@callsight/contracts';
import { ApiClient, ApiResponse } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const TRANSCRIPT = [
  'Agent: thanks for calling bright smile dental this is dana how can i help',
  'Customer: hi yeah my crown came loose last night and it kind of hurts when i chew',
  'Agent: oh no im sorry to hear that we can see you tomorrow at nine thirty does that work',
  'Customer: yes that works thank you',
].join('\n');

describe('algorithm catalog, runs and feedback on the in-process stack', () => {
  let running: RunningStack;
  let api: ApiClient;
  let other: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('catalog');
    api = running.api;
    const otherWorkspace = await running.workspaces.createWorkspace('catalog-other');
    other = api.withKey((await running.workspaces.createKey(otherWorkspace.id, 'other')).key);
  });

  afterAll(async () => {
    await running?.stop();
  });

  const expectProblem = (response: ApiResponse<unknown>, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code });
  };

  /** Submits a call and returns its runs once the job completed. */
  const scoredJob = async (extra: Record<string, unknown> = {}, client = api) => {
    const accepted = await client.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: TRANSCRIPT,
      ...extra,
    });
    expect(accepted.status).toBe(202);
    const jobId = accepted.body.job_id;
    await waitFor(
      async () => (await client.get<JobView>(`/api/v1/jobs/${jobId}`)).body.status === 'completed',
      `job ${jobId} to complete`,
    );
    return { jobId, runs: (await client.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data };
  };

  describe('the catalog', () => {
    it('lists the built-ins with their schemas, and filters by kind and deprecation', async () => {
      const listed = await api.get<AlgorithmList>('/api/v1/algorithms');
      expect(listed.status).toBe(200);
      expect(listed.body.data.find((algorithm) => algorithm.id === 'talk_ratio')).toMatchObject({
        id: 'talk_ratio',
        version: 2,
        kind: 'rule',
        enabled_by_default: true,
        depends_on: [],
        deprecated: false,
        origin: 'builtin',
        copied_from: null,
        base_algorithm_id: 'talk_ratio',
        variables_version: 0,
        variables_schema: { type: 'object' },
        output_schema: { type: 'object', required: expect.arrayContaining(['total_words']) as unknown },
      });
      expect((await api.get<AlgorithmList>('/api/v1/algorithms?kind=llm')).body.data).not.toContainEqual(
        expect.objectContaining({ id: 'talk_ratio' }),
      );
      expect((await api.get<AlgorithmList>('/api/v1/algorithms?deprecated=true')).body.data).toEqual([]);
      expectProblem(await api.get('/api/v1/algorithms?kind=magic'), 400, 'validation_failed');
      expectProblem(await api.get('/api/v1/algorithms?deprecated=maybe'), 400, 'validation_failed');
    });

    it('shows one algorithm, and 404s an unknown one', async () => {
      expect((await api.get<AlgorithmView>('/api/v1/algorithms/talk_ratio')).body.id).toBe('talk_ratio');
      expectProblem(await api.get('/api/v1/algorithms/mind_reading'), 404, 'not_found');
      expectProblem(await api.get('/api/v1/algorithms/Talk%20Ratio'), 400, 'validation_failed');
    });

    it('versions variables, refuses values that break the schema and keeps the history', async () => {
      const before = await api.get<AlgorithmVariablesView>('/api/v1/algorithms/talk_ratio/variables');
      expect(before.body).toEqual({
        algorithm_id: 'talk_ratio',
        version: 0,
        variables: {},
        effective: {},
        history: [],
      });
      const refused = await api.patch<ProblemDetails>('/api/v1/algorithms/talk_ratio/variables', {
        variables: { window_seconds: 30 },
      });
      expectProblem(refused, 400, 'validation_failed');
      expect(refused.body.errors).toEqual([{ field: 'variables', message: 'must NOT have additional properties' }]);
      expectProblem(
        await api.patch('/api/v1/algorithms/talk_ratio/variables', { variables: [1] }),
        400,
        'validation_failed',
      );
      expectProblem(await api.patch('/api/v1/algorithms/talk_ratio/variables', {}), 400, 'validation_failed');
      const saved = await api.patch<AlgorithmVariablesView>('/api/v1/algorithms/talk_ratio/variables', {
        variables: {},
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 1, variables: {}, history: [{ version: 1, variables: {} }] });
      expect((await api.get<AlgorithmView>('/api/v1/algorithms/talk_ratio')).body.variables_version).toBe(1);
    });

    it('makes copies with their own ids and versions, and refuses a taken or bad id', async () => {
      const first = await api.post<AlgorithmView>('/api/v1/algorithms/talk_ratio/copy', {});
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        id: 'talk_ratio.copy_1',
        version: 1,
        origin: 'copy',
        copied_from: 'talk_ratio',
        base_algorithm_id: 'talk_ratio',
        enabled_by_default: false,
        name: 'Talk ratio (copy)',
      });
      const named = await api.post<AlgorithmView>('/api/v1/algorithms/talk_ratio.copy_1/copy', {
        id: 'talk_ratio.sales-team',
        name: 'Talk ratio for sales',
      });
      expect(named.body).toMatchObject({ id: 'talk_ratio.sales-team', copied_from: 'talk_ratio.copy_1', version: 1 });
      expect((await api.post<AlgorithmView>('/api/v1/algorithms/talk_ratio/copy', {})).body.id).toBe(
        'talk_ratio.copy_2',
      );
      expectProblem(
        await api.post('/api/v1/algorithms/talk_ratio/copy', { id: 'talk_ratio.sales-team' }),
        409,
        'conflict',
      );
      expectProblem(
        await api.post('/api/v1/algorithms/talk_ratio/copy', { id: 'talk_ratio' }),
        400,
        'validation_failed',
      );
      expectProblem(await api.post('/api/v1/algorithms/talk_ratio/copy', { id: 'my_ratio' }), 400, 'validation_failed');
      expectProblem(await api.post('/api/v1/algorithms/talk_ratio/copy', { id: '../etc' }), 400, 'validation_failed');
      expectProblem(
        await api.post('/api/v1/algorithms/talk_ratio/copy', { id: 'A'.repeat(65) }),
        400,
        'validation_failed',
      );
      expectProblem(await api.post('/api/v1/algorithms/nothing_here/copy', {}), 404, 'not_found');

      const patched = await api.patch<AlgorithmVariablesView>('/api/v1/algorithms/talk_ratio.sales-team/variables', {
        variables: {},
      });
      expect(patched.body.version).toBe(2);
      expect(patched.body.history.map((entry) => entry.version)).toEqual([2, 1]);
      const listed = (await api.get<AlgorithmList>('/api/v1/algorithms')).body.data.map((algorithm) => algorithm.id);
      expect(listed).toEqual(expect.arrayContaining(['talk_ratio', 'talk_ratio.copy_1', 'talk_ratio.sales-team']));
    });

    it("never shows or changes another workspace's copies", async () => {
      await api.post('/api/v1/algorithms/talk_ratio/copy', { id: 'talk_ratio.private' });
      expectProblem(await other.get('/api/v1/algorithms/talk_ratio.private'), 404, 'not_found');
      expectProblem(await other.get('/api/v1/algorithms/talk_ratio.private/variables'), 404, 'not_found');
      expectProblem(
        await other.patch('/api/v1/algorithms/talk_ratio.private/variables', { variables: {} }),
        404,
        'not_found',
      );
      expectProblem(await other.post('/api/v1/algorithms/talk_ratio.private/copy', {}), 404, 'not_found');
      expectProblem(await other.post('/api/v1/algorithms/talk_ratio.private/deprecate'), 404, 'not_found');
      const othersCatalog = (await other.get<AlgorithmList>('/api/v1/algorithms')).body.data.map((a) => a.id);
      expect(othersCatalog).toContain('talk_ratio');
      expect(othersCatalog.filter((id) => id.startsWith('talk_ratio'))).toEqual(['talk_ratio']);
      expect((await other.get<AlgorithmView>('/api/v1/algorithms/talk_ratio')).body.variables_version).toBe(0);
      expect((await api.get<AlgorithmView>('/api/v1/algorithms/talk_ratio.private')).body.version).toBe(1);
    });
  });

  describe('runs', () => {
    it('runs a copy under its own id and version, on demand and when a call asks for it', async () => {
      const { jobId, runs } = await scoredJob({ algorithm_ids: ['talk_ratio.sales-team'] });
      expect(runs).toEqual([
        expect.objectContaining({ algorithm_id: 'talk_ratio.sales-team', algorithm_version: 2, status: 'succeeded' }),
      ]);
      const onDemand = await api.post<AlgorithmRuns>(`/api/v1/jobs/${jobId}/run-algorithms`, {
        algorithm_ids: ['talk_ratio.copy_1', 'talk_ratio'],
      });
      expect(onDemand.status).toBe(200);
      expect(onDemand.body.data.map((run) => [run.algorithm_id, run.algorithm_version, run.trigger]).sort()).toEqual([
        ['talk_ratio', 2, 'on_demand'],
        ['talk_ratio.copy_1', 1, 'on_demand'],
      ]);
      expect((await api.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data).toHaveLength(3);
      const unknown = await api.post<ProblemDetails>(`/api/v1/jobs/${jobId}/run-algorithms`, {
        algorithm_ids: ['talk_ratio.copy_99'],
      });
      expectProblem(unknown, 400, 'validation_failed');
      expectProblem(
        await other.post(`/api/v1/jobs/${jobId}/run-algorithms`, { algorithm_ids: ['talk_ratio'] }),
        404,
        'not_found',
      );
    });

    it('shows one run to its own workspace only', async () => {
      const { runs } = await scoredJob();
      const run = await api.get<AlgorithmRunView>(`/api/v1/algorithm-runs/${runs[0].run_id}`);
      expect(run.status).toBe(200);
      expect(run.body).toEqual(runs[0]);
      expectProblem(await other.get(`/api/v1/algorithm-runs/${runs[0].run_id}`), 404, 'not_found');
      expectProblem(await api.get('/api/v1/algorithm-runs/run_00000000000000000000000000'), 404, 'not_found');
      expectProblem(await api.get('/api/v1/algorithm-runs/job_00000000000000000000000000'), 400, 'validation_failed');
    });

    // summary: nothing depends on it, so deprecating it takes it out of new jobs entirely.
    it('leaves a deprecated algorithm out of new jobs, keeps its past runs, and runs it again once restored', async () => {
      const ids = (runs: AlgorithmRunView[]) => runs.map((run) => run.algorithm_id);
      const { runs: before } = await scoredJob();
      const summaryRun = before.find((run) => run.algorithm_id === 'summary')!;
      expect(ids(before)).toEqual(expect.arrayContaining(['summary', 'talk_ratio']));
      const deprecated = await api.post<AlgorithmView>('/api/v1/algorithms/summary/deprecate');
      expect(deprecated.status).toBe(200);
      expect(deprecated.body.deprecated).toBe(true);
      expect((await api.get<AlgorithmList>('/api/v1/algorithms?deprecated=true')).body.data.map((a) => a.id)).toEqual([
        'summary',
      ]);
      try {
        const { runs: during } = await scoredJob();
        expect(ids(during)).toContain('talk_ratio');
        expect(ids(during)).not.toContain('summary');
        expect((await api.get(`/api/v1/algorithm-runs/${summaryRun.run_id}`)).status).toBe(200);
        // Another workspace's catalog is its own.
        expect(ids((await scoredJob({}, other)).runs)).toContain('summary');
      } finally {
        const restored = await api.post<AlgorithmView>('/api/v1/algorithms/summary/restore');
        expect(restored.body.deprecated).toBe(false);
      }
      expect(ids((await scoredJob()).runs)).toContain('summary');
    });
  });

  describe('feedback', () => {
    let runIds: string[];
    let jobId: string;

    beforeAll(async () => {
      const scored = await scoredJob({ algorithm_ids: ['talk_ratio', 'talk_ratio.copy_1'] });
      jobId = scored.jobId;
      runIds = scored.runs.map((run) => run.run_id);
    });

    it('records verdicts with corrections and comments, and refuses bad or foreign ones', async () => {
      const given = await api.post<FeedbackView>(`/api/v1/algorithm-runs/${runIds[0]}/feedback`, {
        verdict: 'incorrect',
        corrected_value: { dominant_speaker: 'Customer' },
        label: '=HYPERLINK("http://evil.example")',
        comment: '+the customer spoke more',
      });
      expect(given.status).toBe(201);
      expect(given.body).toMatchObject({
        feedback_id: expect.stringMatching(/^fb_[0-9a-z]{26}$/) as unknown,
        run_id: runIds[0],
        job_id: jobId,
        verdict: 'incorrect',
        corrected_value: { dominant_speaker: 'Customer' },
      });
      expect(
        (
          await api.post(`/api/v1/algorithm-runs/${runIds[1]}/feedback`, {
            verdict: 'correct',
            corrected_value: [1, 2],
          })
        ).status,
      ).toBe(201);
      const feedbackUrl = `/api/v1/algorithm-runs/${runIds[0]}/feedback`;
      expectProblem(await api.post(feedbackUrl, { verdict: 'maybe' }), 400, 'validation_failed');
      expectProblem(await api.post(feedbackUrl, {}), 400, 'validation_failed');
      expectProblem(
        await api.post(feedbackUrl, { verdict: 'correct', comment: 'x'.repeat(2001) }),
        400,
        'validation_failed',
      );
      expectProblem(
        await api.post(feedbackUrl, { verdict: 'correct', corrected_value: 'y'.repeat(5000) }),
        400,
        'validation_failed',
      );
      expectProblem(await other.post(feedbackUrl, { verdict: 'correct' }), 404, 'not_found');
    });

    it('lists feedback with filters and cursor pages, each workspace its own', async () => {
      await api.post(`/api/v1/algorithm-runs/${runIds[0]}/feedback`, { verdict: 'correct' });
      const all: FeedbackView[] = [];
      let cursor: string | null = null;
      do {
        const page: ApiResponse<FeedbackPage> = await api.get<FeedbackPage>(
          `/api/v1/feedback?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        all.push(...page.body.data);
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(all.map((item) => item.verdict)).toEqual(['incorrect', 'correct', 'correct']);
      expect(new Set(all.map((item) => item.feedback_id)).size).toBe(3);
      const incorrect = await api.get<FeedbackPage>('/api/v1/feedback?verdict=incorrect&algorithm_id=talk_ratio');
      expect(incorrect.body.data.map((item) => item.run_id)).toEqual([runIds[0]]);
      expect((await api.get<FeedbackPage>(`/api/v1/feedback?job_id=${jobId}`)).body.data).toHaveLength(3);
      expect((await api.get<FeedbackPage>('/api/v1/feedback?from=2100-01-01')).body.data).toEqual([]);
      expect((await other.get<FeedbackPage>('/api/v1/feedback')).body.data).toEqual([]);
      expectProblem(await api.get('/api/v1/feedback?cursor=bm90IG91cnM'), 400, 'validation_failed');
      expectProblem(await api.get('/api/v1/feedback?from=2026-02-01&to=2026-01-01'), 400, 'validation_failed');
      expectProblem(await api.get('/api/v1/feedback?limit=500'), 400, 'validation_failed');
    });

    it("reports an algorithm's accuracy from each run's latest verdict", async () => {
      const stats = await api.get<FeedbackStats>('/api/v1/feedback/algorithms/talk_ratio/stats?interval=week');
      expect(stats.status).toBe(200);
      expect(stats.body).toMatchObject({
        algorithm_id: 'talk_ratio',
        label_path: null,
        total: 1,
        correct: 1,
        incorrect: 0,
        accuracy: 1,
        interval: 'week',
        labels: [],
      });
      expect(stats.body.over_time).toEqual([
        { period_start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown, total: 1, correct: 1, accuracy: 1 },
      ]);
      expect((await api.get<FeedbackStats>('/api/v1/feedback/algorithms/talk_ratio.copy_1/stats')).body.total).toBe(1);
      expectProblem(await other.get('/api/v1/feedback/algorithms/talk_ratio.copy_1/stats'), 404, 'not_found');
      expect((await other.get<FeedbackStats>('/api/v1/feedback/algorithms/talk_ratio/stats')).body.total).toBe(0);
      expectProblem(
        await api.get('/api/v1/feedback/algorithms/talk_ratio/stats?interval=year'),
        400,
        'validation_failed',
      );
    });

    it('exports CSV safe from formulas, and NDJSON', async () => {
      const csv = await api.get('/api/v1/feedback/export?format=csv');
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe(
        'feedback_id,run_id,job_id,algorithm_id,algorithm_version,verdict,label,corrected_value,comment,created_at',
      );
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
      expect(lines[1]).toContain(",'+the customer spoke more,");
      expect(lines[1]).toContain('"{""dominant_speaker"":""Customer""}"');
      const ndjson = await api.get('/api/v1/feedback/export?format=ndjson&verdict=correct');
      expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const items = ndjson.text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as FeedbackView);
      expect(items.map((item) => item.verdict)).toEqual(['correct', 'correct']);
      expect(items[0].corrected_value).toEqual([1, 2]);
      expect((await other.get('/api/v1/feedback/export')).text.trim().split('\n')).toHaveLength(1);
      expectProblem(await api.get('/api/v1/feedback/export?format=xlsx'), 400, 'validation_failed');
    });
  });
});
