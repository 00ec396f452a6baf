import { DataSource } from 'typeorm';
import {
  EventEnvelope,
  JobView,
  StatsRebuildResult,
  StatsSummary,
  Subjects,
  SubmissionAccepted,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { openServiceDataSource } from '@callsight/persistence';
import { STATS_SCHEMA } from '../../apps/stats/src/stats.module';
import { RollupsService } from '../../apps/stats/src/rollups/rollups.service';
import { RollupsRepository } from '../../apps/stats/src/rollups/rollups.repository';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';
import { FLOODED_BASEMENT_CALL } from '../support/transcripts';
import { waitFor } from '../support/wait-for';

const PLAIN_CALL = 'Agent: Thanks for calling, how can I help?\nCaller: Just checking my balance.\nAgent: It is zero.';
const TIMED_CALL =
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Agent>Hello, how can I help?\n\n00:00:05.000 --> 00:00:41.250\n<v Caller>I wanted to book a cleaning for next Tuesday at ten.';

/** Rollup rows as numbers, histograms without trailing empty bins (an emptied bin stays in the array). */
async function snapshot(dataSource: DataSource, workspaceId: string): Promise<unknown> {
  const trim = (values: string[]) => {
    const numbers = values.map(Number);
    while (numbers.length > 0 && numbers[numbers.length - 1] === 0) numbers.pop();
    return numbers;
  };
  const rollups = await dataSource.query<Record<string, unknown>[]>(
    `SELECT zone, period, start::text, dimension, value, created::int, completed::int, failed::int, skipped::int,
        duration_count::int, duration_ms_sum::text, audio_ms_sum::text, stage_ms_sum::text[], stage_count::text[],
        stage_hist::text[], duration_hist::text[]
       FROM stats.rollups WHERE workspace_id = $1 AND created <> 0 ORDER BY zone, period, start, dimension, value`,
    [workspaceId],
  );
  const facts = await dataSource.query<unknown[]>(
    `SELECT job_id, attempt, status, created_at, zone, organization_id, direction, duration_seconds, audio_seconds,
        stage_ms, outcome, results
       FROM stats.job_facts WHERE workspace_id = $1 ORDER BY job_id`,
    [workspaceId],
  );
  const zones = await dataSource.query<unknown[]>(
    'SELECT zone, first_day::text, last_day::text FROM stats.workspace_zones WHERE workspace_id = $1 ORDER BY zone',
    [workspaceId],
  );
  return {
    facts,
    zones,
    rollups: rollups.map((row) => ({
      ...row,
      stage_ms_sum: trim(row.stage_ms_sum as string[]),
      stage_count: trim(row.stage_count as string[]),
      stage_hist: trim(row.stage_hist as string[]),
      duration_hist: trim(row.duration_hist as string[]),
    })),
  };
}

/**
 * `stats rebuild` recomputes from ingestion's and scoring's history over the bus what the events left,
 * on the whole pipeline: calls with outcomes, emergencies and bookings, a requeue, a rerun and a redelivery.
 */
describe('stats rebuild (in-process stack)', () => {
  let running: RunningStack;
  let stats: DataSource;

  beforeAll(async () => {
    running = await startInProcessStack('stats-rebuild');
    stats = await openServiceDataSource(running.database.url, STATS_SCHEMA, 'stats-rebuild-test');
  });

  afterAll(async () => {
    await stats?.destroy();
    await running?.stop();
  });

  const job = async (jobId: string) => (await running.api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
  const settled = (jobId: string, attempt = 1, status = 'completed') =>
    waitFor(async () => {
      const view = await job(jobId);
      return view.status === status && view.attempt === attempt ? view : undefined;
    }, `job ${jobId} to be ${status} (attempt ${attempt})`);

  it('gives the same facts and rollups as the incremental path, also after redelivered and out-of-order events', async () => {
    const bodies = [
      { transcript: FLOODED_BASEMENT_CALL, direction: 'inbound', source_company_id: 'summit', duration_seconds: 95 },
      { transcript: PLAIN_CALL, direction: 'outbound', duration_seconds: 20 },
      { transcript: TIMED_CALL, source_company_id: 'summit' },
      { transcript: PLAIN_CALL },
    ];
    const ids: string[] = [];
    for (const body of bodies) {
      ids.push((await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', body)).body.job_id);
    }
    for (const id of ids) await settled(id);
    // A redelivery with no endpoint has nothing to deliver again: that attempt fails.
    for (const [id, mode, status] of [
      [ids[0], 'rerun', 'completed'],
      [ids[1], 'requeue', 'completed'],
      [ids[2], 'redeliver', 'failed'],
    ]) {
      expect((await running.api.post(`/api/v1/jobs/${id}/retry`, { mode })).status).toBe(202);
      await settled(id, 2, status);
    }
    await waitFor(async () => {
      const jobs = (await running.api.get<StatsSummary>('/api/v1/stats')).body.jobs;
      return jobs.completed === ids.length - 1 && jobs.failed === 1 && jobs.in_progress === 0;
    }, 'stats to count every attempt');
    const incremental = await snapshot(stats, running.workspaceId);
    expect(incremental).toMatchObject({ zones: [{ zone: 'UTC' }] });

    // Every event stats consumed, delivered again, newest first: JetStream redelivers, consumers run apart.
    const events = await stats.query<{ envelope: EventEnvelope }[]>(
      `SELECT envelope FROM ingestion.outbox WHERE type LIKE 'job.%'
       UNION ALL SELECT envelope FROM scoring.outbox WHERE type = 'scoring.completed'`,
    );
    expect(events.length).toBeGreaterThan(ids.length * 2);
    const rollups = new RollupsService(new RollupsRepository());
    for (const { envelope } of events.reverse()) {
      await stats.transaction((manager) => rollups.apply(envelope, manager));
    }
    expect(await snapshot(stats, running.workspaceId)).toEqual(incremental);

    const rpc = running.stack.gateway.get(RpcClient);
    const rebuilt = await rpc.request<StatsRebuildResult>(
      Subjects.stats.rebuild,
      { requestId: 'req_rebuild' },
      { workspaceId: running.workspaceId },
      120_000,
    );
    expect(rebuilt).toMatchObject({ workspaces: 1, jobs: ids.length });
    expect(await snapshot(stats, running.workspaceId)).toEqual(incremental);

    const everyWorkspace = await rpc.request<StatsRebuildResult>(
      Subjects.stats.rebuild,
      { requestId: 'req_all' },
      {},
      120_000,
    );
    expect(everyWorkspace).toMatchObject({ workspaces: 1, jobs: ids.length });
    expect(await snapshot(stats, running.workspaceId)).toEqual(incremental);
    const summary = (await running.api.get<StatsSummary>('/api/v1/stats')).body;
    expect(summary.algorithm_results).toContainEqual({ algorithm_id: 'emergency', result: 'detected', jobs: 1 });
    expect(summary.by_direction).toContainEqual({ value: 'inbound', jobs: 1 });
  });

  it('empties the numbers of a workspace that has no jobs left to count', async () => {
    const rpc = running.stack.gateway.get(RpcClient);
    await stats.query(
      `INSERT INTO stats.job_facts (job_id, workspace_id, attempt, status, created_at, zone, organization_id, direction)
       VALUES ('job_orphan', 'ws_gone', 1, 'completed', now(), 'UTC', '', '')`,
    );
    const result = await rpc.request<StatsRebuildResult>(
      Subjects.stats.rebuild,
      { requestId: 'r' },
      { workspaceId: 'ws_gone' },
      60_000,
    );
    expect(result).toMatchObject({ workspaces: 1, jobs: 0 });
    expect(await stats.query(`SELECT 1 FROM stats.job_facts WHERE workspace_id = 'ws_gone'`)).toEqual([]);
  });
});
