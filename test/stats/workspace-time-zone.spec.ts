import { Client } from 'pg';
import type { ProblemDetails } from '@callsight/common';
import type {
  AlgorithmRuns,
  JobView,
  ProcessingConfig,
  StatsDaily,
  StatsSummary,
  SubmissionAccepted,
} from '@callsight/contracts';
import { match } from '../support/asymmetric-matchers';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const ZONE = 'Pacific/Auckland';
const BOOKING =
  "Agent: We have an opening tomorrow at two thirty.\nCustomer: Two thirty tomorrow works.\nAgent: Perfect, you're all set for tomorrow at two thirty.";

const dayIn = (instant: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

/** How many calls each day holds, from the days the route answered with any. */
const countsOf = (daily: StatsDaily): Record<string, number> =>
  Object.fromEntries(daily.data.filter((day) => day.jobs.total > 0).map((day) => [day.date, day.jobs.total]));

/** The days the calls fall on in `timeZone`, counted as the route should count them. */
const expectedCounts = (jobs: JobView[], timeZone: string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const job of jobs) {
    const day = dayIn(job.created_at, timeZone);
    counts[day] = (counts[day] ?? 0) + 1;
  }
  return counts;
};

describe("the workspace's time zone, through the pipeline", () => {
  let running: RunningStack;
  let database: Client;
  let before: JobView;
  let after: JobView;
  const config = (suffix: string) => `/api/v1/config/workspaces/${running.workspaceId}${suffix}`;

  const completed = (jobId: string) =>
    waitFor(async () => {
      const job = (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return job.status === 'completed' ? job : undefined;
    }, `job ${jobId} to complete`);
  const submitted = async () =>
    completed(
      (
        await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
          transcript: BOOKING,
          // "Tomorrow" needs a day to be resolved against.
          call_date: new Date().toISOString(),
        })
      ).body.job_id,
    );
  const appointmentRunOf = async (jobId: string) =>
    (await running.api.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data.find(
      (run) => run.algorithm_id === 'appointment',
    );

  beforeAll(async () => {
    running = await startInProcessStack('timezone');
    database = new Client({ connectionString: running.database.url });
    await database.connect();
    before = await submitted();
    const set = await running.api.patch<ProcessingConfig>(config('/processing'), { timezone: ZONE });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: ZONE });
    after = await submitted();
    await waitFor(
      async () => (await running.api.get<StatsSummary>('/api/v1/stats?tz=UTC')).body.jobs.completed === 2,
      'stats to count both calls as completed',
    );
  });

  afterAll(async () => {
    await database?.end();
    await running?.stop();
  });

  it('refuses a zone that is no IANA zone with a problem naming the field, and keeps the one set', async () => {
    const refused = await running.api.patch<ProblemDetails>(config('/processing'), { timezone: 'Mars/Olympus_Mons' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors).toEqual([
      { field: 'timezone', message: 'timezone must be an IANA time zone such as America/New_York or UTC' },
    ]);
    const resolved = await running.api.get<{ processing: ProcessingConfig }>(config('/resolved'));
    expect(resolved.body.processing.timezone).toBe(ZONE);
  });

  it('counts a call accepted after the change on its day in the workspace zone, the default tz', async () => {
    const daily = await running.api.get<StatsDaily>('/api/v1/stats/daily');
    expect(daily.status).toBe(200);
    expect(daily.body.tz).toBe(ZONE);
    expect(countsOf(daily.body)).toEqual(expectedCounts([before, after], ZONE));
    expect((await running.api.get<StatsSummary>('/api/v1/stats')).body.tz).toBe(ZONE);
  });

  it('answers UTC days when asked for them', async () => {
    const daily = await running.api.get<StatsDaily>('/api/v1/stats/daily?tz=UTC');
    expect(daily.body.tz).toBe('UTC');
    expect(countsOf(daily.body)).toEqual(expectedCounts([before, after], 'UTC'));
  });

  it('keeps a call accepted before the change in the UTC rollups, and the later one in the zone', async () => {
    const { rows: facts } = await database.query<{ job_id: string; zone: string }>(
      'SELECT job_id, zone FROM stats.job_facts WHERE workspace_id = $1 ORDER BY created_at',
      [running.workspaceId],
    );
    expect(facts).toEqual([
      { job_id: before.job_id, zone: 'UTC' },
      { job_id: after.job_id, zone: ZONE },
    ]);
    const { rows: days } = await database.query<{ zone: string; start: string; created: number }>(
      `SELECT zone, start::text AS start, created::int AS created FROM stats.rollups
        WHERE workspace_id = $1 AND period = 'day' AND dimension = 'all' AND created <> 0 ORDER BY zone`,
      [running.workspaceId],
    );
    expect(days).toEqual([
      { zone: ZONE, start: dayIn(after.created_at, ZONE), created: 1 },
      { zone: 'UTC', start: dayIn(before.created_at, 'UTC'), created: 1 },
    ]);
  });

  it("reads the appointment's spoken times in the zone the job's configuration had", async () => {
    expect((await appointmentRunOf(before.job_id))?.variables).toEqual({ timezone: 'UTC' });
    const run = await appointmentRunOf(after.job_id);
    expect(run?.variables).toEqual({ timezone: ZONE });
    expect(run?.output).toMatchObject({ booked: true, start: match.stringMatching(/T14:30:00\+1[23]:00$/) });
  });
});
