import { DataSource } from 'typeorm';
import { AlgorithmRunResult, EventEnvelope, EventTypes, JobRef, WorkspaceContext } from '@callsight/contracts';
import { createEvent } from '@callsight/messaging';
import { openServiceDataSource } from '@callsight/persistence';
import { STATS_SCHEMA } from '../../apps/stats/src/stats.module';
import { RollupsService } from '../../apps/stats/src/rollups/rollups.service';
import { RollupsRepository } from '../../apps/stats/src/rollups/rollups.repository';
import { StatsQueriesService } from '../../apps/stats/src/queries/stats-queries.service';
import { RollupSource } from '../../apps/stats/src/queries/rollup-source';
import { FactsSource } from '../../apps/stats/src/queries/facts-source';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const jobRef = (jobId: string, overrides: Partial<JobRef> = {}): JobRef => ({
  jobId,
  callId: `call_${jobId}`,
  sourceCallId: null,
  sourceCompanyId: null,
  title: null,
  callDate: null,
  durationSeconds: 30,
  metadata: {},
  webhookUrl: null,
  createdAt: '2026-11-25T10:00:00.000Z',
  attempt: 1,
  algorithmIds: null,
  titleSource: null,
  repName: null,
  repEmail: null,
  language: null,
  direction: null,
  fromNumber: null,
  toNumber: null,
  configVersion: null,
  ...overrides,
});

const runs = (outcome: string, emergency: boolean): AlgorithmRunResult[] => [
  { runId: 'run_o', algorithmId: 'outcome', algorithmVersion: 1, output: { outcome } },
  { runId: 'run_e', algorithmId: 'emergency', algorithmVersion: 1, output: { is_emergency: emergency } },
];

/** A seeded generator, so a failing history can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface Expected {
  day: string;
  organization: string;
  status: 'completed' | 'failed' | 'in_progress';
  duration: number;
  audio: number | null;
  outcome: string | null;
  emergency: boolean | null;
}

/** Events of one job's life: created, maybe failed and requeued, then completed or failed, analysed on the way. */
function history(index: number, next: () => number, zone: string): { events: EventEnvelope[]; expected: Expected } {
  const workspaceId = 'ws_history';
  const created = new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 120 * 86_400_000));
  const organization = ['', 'acme', 'globex'][index % 3];
  const duration = Math.floor(next() * 900);
  const audio = next() < 0.7 ? duration + 0.25 : null;
  const base = {
    createdAt: created.toISOString(),
    sourceCompanyId: organization || null,
    durationSeconds: duration,
    direction: index % 2 ? ('inbound' as const) : ('outbound' as const),
    timeZone: zone,
  };
  const ref = (attempt: number, measured: boolean) =>
    jobRef(`job_h${index}`, { ...base, attempt, audioSeconds: measured ? audio : null });
  const at = (ms: number) => new Date(created.getTime() + ms).toISOString();
  const events: EventEnvelope[] = [createEvent(EventTypes.jobCreated, workspaceId, { job: ref(1, false) })];
  let attempt = 1;
  if (next() < 0.3) {
    events.push(
      createEvent(EventTypes.jobFailed, workspaceId, {
        job: ref(1, false),
        stage: 'transcribing',
        reason: 'x',
        failedAt: at(500),
      }),
    );
    attempt = 2;
    events.push(createEvent(EventTypes.jobRequeued, workspaceId, { job: ref(2, false), mode: 'requeue' }));
  }
  const outcome = ['appointment_booked', 'resolved', 'follow_up'][Math.floor(next() * 3)];
  const emergency = next() < 0.2;
  const roll = next();
  const analysed = roll < 0.85;
  if (analysed) {
    events.push(
      createEvent(EventTypes.scoringCompleted, workspaceId, {
        job: ref(attempt, true),
        transcriptId: 't',
        runs: runs(outcome, emergency),
      }),
    );
  }
  let status: Expected['status'] = 'in_progress';
  if (roll < 0.75) {
    status = 'completed';
    const start = attempt === 1 ? 0 : 60_000;
    events.push(
      createEvent(EventTypes.jobCompleted, workspaceId, {
        job: ref(attempt, true),
        completedAt: at(start + 9_000 + index * 10),
        stages: {
          attemptStartedAt: at(start),
          transcribingAt: at(start + 1_000),
          analyzingAt: at(start + 6_000),
          deliveringAt: at(start + 8_000),
        },
      }),
    );
  } else if (roll < 0.9) {
    status = 'failed';
    events.push(
      createEvent(EventTypes.jobFailed, workspaceId, {
        job: ref(attempt, analysed),
        stage: 'delivering',
        reason: 'x',
        failedAt: at(70_000),
      }),
    );
  }
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(created);
  return {
    events,
    expected: {
      day,
      organization,
      status,
      duration: analysed || status === 'completed' ? (audio ?? duration) : duration,
      audio: analysed || status === 'completed' ? audio : null,
      outcome: analysed ? outcome : null,
      emergency: analysed ? emergency : null,
    },
  };
}

/** Stats' facts, rollups and queries against real PostgreSQL, where its consumers run side by side. */
describe('stats rollups (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let rollups: RollupsService;
  let queries: StatsQueriesService;
  let rollupSource: RollupSource;
  let factsSource: FactsSource;

  const applyAll = async (events: EventEnvelope[]) => {
    for (const event of events) {
      await dataSource.transaction((manager) => rollups.apply(event, manager));
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('stats');
    dataSource = await openServiceDataSource(database.url, STATS_SCHEMA, 'stats-test');
    rollups = new RollupsService(new RollupsRepository());
    rollupSource = new RollupSource(dataSource);
    factsSource = new FactsSource(dataSource);
    queries = new StatsQueriesService(dataSource, rollupSource, factsSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('counts a job once when its first two events are applied at the same time (a backlog after a restart)', async () => {
    const workspaceId = 'ws_concurrent';
    const job = jobRef('job_concurrent_first_events');
    const created = createEvent(EventTypes.jobCreated, workspaceId, { job });
    const completed = createEvent(EventTypes.jobCompleted, workspaceId, {
      job,
      completedAt: '2026-11-25T10:00:02.000Z',
    });
    const first = dataSource.createQueryRunner();
    const second = dataSource.createQueryRunner();
    await first.startTransaction();
    await second.startTransaction();
    try {
      await rollups.apply(created, first.manager);
      // The second consumer's transaction runs while the first is open, as two consumers' do.
      const applying = rollups.apply(completed, second.manager);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.commitTransaction();
      await applying;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const summary = await queries.summary({ workspaceId, requestId: 'req' }, {});
    expect(summary.jobs).toEqual({ total: 1, in_progress: 0, completed: 1, failed: 0, skipped: 0 });
    expect(summary.total_call_seconds).toBe(30);
    expect(summary.avg_processing_seconds).toBe(2);
  });

  describe('a workspace counting in Europe/Berlin, its events redelivered and out of order', () => {
    const context: WorkspaceContext = { workspaceId: 'ws_history', requestId: 'req' };
    const zone = 'Europe/Berlin';
    const next = random(20261208);
    const histories = Array.from({ length: 150 }, (_, index) => history(index, next, zone));
    const expected = histories.map((entry) => entry.expected);
    const rollupRows = (): Promise<unknown[]> =>
      dataSource.query(
        `SELECT zone, period, start::text, dimension, value, created, completed, failed, skipped, duration_count,
            duration_ms_sum, audio_ms_sum, stage_ms_sum, stage_count, stage_hist, duration_hist
           FROM stats.rollups WHERE workspace_id = $1 AND created <> 0
          ORDER BY zone, period, start, dimension, value`,
        [context.workspaceId],
      );

    beforeAll(async () => {
      const events = histories.flatMap((entry) => entry.events);
      // Every event twice, the second copy after a shuffle: JetStream redelivers, and consumers run apart.
      const shuffled = [...events].sort(() => next() - 0.5);
      await applyAll([...events, ...shuffled]);
    });

    it('gives the same rollups as applying each event once, in order', async () => {
      const redelivered = await rollupRows();
      await dataSource.query('DELETE FROM stats.rollups WHERE workspace_id = $1', [context.workspaceId]);
      await dataSource.query('DELETE FROM stats.job_facts WHERE workspace_id = $1', [context.workspaceId]);
      await applyAll(histories.flatMap((entry) => entry.events));
      expect(await rollupRows()).toEqual(redelivered);
    });

    it('counts each job on its day in the workspace zone, by status, organization, outcome and result', async () => {
      const summary = await queries.summary(context, {});
      const count = (predicate: (job: Expected) => boolean) => expected.filter(predicate).length;
      expect(summary.tz).toBe(zone);
      expect(summary.jobs).toEqual({
        total: expected.length,
        in_progress: count((job) => job.status === 'in_progress'),
        completed: count((job) => job.status === 'completed'),
        failed: count((job) => job.status === 'failed'),
        skipped: 0,
      });
      expect(summary.total_call_seconds).toBeCloseTo(
        expected.reduce((sum, job) => sum + job.duration, 0),
        2,
      );
      expect(summary.audio_minutes).toBeCloseTo(expected.reduce((sum, job) => sum + (job.audio ?? 0), 0) / 60, 1);
      expect(summary.by_outcome.find((row) => row.value === 'resolved')?.jobs).toBe(
        count((job) => job.outcome === 'resolved'),
      );
      expect(summary.by_outcome.find((row) => row.value === null)?.jobs).toBe(count((job) => job.outcome === null));
      expect(summary.algorithm_results).toContainEqual({
        algorithm_id: 'emergency',
        result: 'detected',
        jobs: count((job) => job.emergency === true),
      });
      expect(summary.processing.transcription).toMatchObject({
        count: count((job) => job.status === 'completed'),
        mean_seconds: 5,
      });
      expect(summary.processing.transcription.median_seconds).toBeGreaterThan(4.75);
      expect(summary.processing.transcription.median_seconds).toBeLessThan(5.25);

      const march = await queries.daily(context, { from: '2026-03-01', to: '2026-03-31' });
      expect(march.data).toHaveLength(31);
      for (const day of march.data) {
        expect(day.jobs.total).toBe(count((job) => job.day === day.date));
      }
      const organizations = await queries.byOrganization(context, { from: '2026-01-15', to: '2026-03-20' });
      for (const row of organizations.data) {
        expect(row.jobs.total).toBe(
          count(
            (job) =>
              job.organization === (row.organization_id ?? '') && job.day >= '2026-01-15' && job.day <= '2026-03-20',
          ),
        );
      }
    });

    it('answers a range crossing months the same from rollups as from each job, in any route', async () => {
      const span = { from: '2026-01-20', to: '2026-04-03', zone };
      const [fromRollups, fromFacts] = await Promise.all([
        rollupSource.summary(context.workspaceId, span),
        factsSource.summary(context.workspaceId, span),
      ]);
      expect(fromRollups.totals).toEqual(fromFacts.totals);
      expect(new Set(fromRollups.breakdowns.map((row) => JSON.stringify(row)))).toEqual(
        new Set(fromFacts.breakdowns.map((row) => JSON.stringify(row))),
      );
      expect(await rollupSource.daily(context.workspaceId, span)).toEqual(
        await factsSource.daily(context.workspaceId, span),
      );
      const edges = [60, 120, 300, 600];
      expect(await rollupSource.durations(context.workspaceId, span, edges)).toEqual(
        await factsSource.durations(context.workspaceId, span, edges),
      );
      expect(await rollupSource.byOrganization(context.workspaceId, span, 10)).toEqual(
        await factsSource.byOrganization(context.workspaceId, span, 10),
      );
    });

    it('counts days in another zone from each job, and buckets durations exactly', async () => {
      const utc = await queries.daily(context, { from: '2026-02-01', to: '2026-02-28', tz: 'UTC' });
      expect(utc.tz).toBe('UTC');
      const utcDays = histories.map((entry) => (entry.events[0].data as { job: JobRef }).job.createdAt.slice(0, 10));
      for (const day of utc.data) {
        expect(day.jobs.total).toBe(utcDays.filter((utcDay) => utcDay === day.date).length);
      }
      const distribution = await queries.durationDistribution(context, { buckets: '60,300' });
      expect(distribution.buckets.map((bucket) => bucket.calls)).toEqual([
        expected.filter((job) => job.duration < 60).length,
        expected.filter((job) => job.duration >= 60 && job.duration < 300).length,
        expected.filter((job) => job.duration >= 300).length,
      ]);
      await expect(queries.durationDistribution(context, { buckets: '61' })).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('draws trends with 7- and 28-day moving averages that reach back before the range', async () => {
      const trends = await queries.trends(context, { from: '2026-03-01', to: '2026-03-10' });
      expect(trends.data.map((point) => point.date)).toEqual(
        Array.from({ length: 10 }, (_, index) => `2026-03-${String(index + 1).padStart(2, '0')}`),
      );
      const calls = (day: string) => expected.filter((job) => job.day === day).length;
      const window = (end: string, days: number) =>
        Array.from({ length: days }, (_, index) => {
          const date = new Date(`${end}T00:00:00Z`);
          date.setUTCDate(date.getUTCDate() - index);
          return calls(date.toISOString().slice(0, 10));
        }).reduce((sum, value) => sum + value, 0) / days;
      for (const point of trends.data) {
        expect(point.calls).toBe(calls(point.date));
        expect(point.calls_7d).toBeCloseTo(window(point.date, 7), 2);
        expect(point.calls_28d).toBeCloseTo(window(point.date, 28), 2);
      }
    });
  });
});
