import { DataSource } from 'typeorm';
import { EventTypes, JobRef } from '@callsight/contracts';
import { createEvent } from '@callsight/messaging';
import { openServiceDataSource } from '@callsight/persistence';
import { STATS_SCHEMA } from '../../apps/stats/src/stats.module';
import { RollupsService } from '../../apps/stats/src/rollups/rollups.service';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const workspaceId = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';
const context = { workspaceId, requestId: 'req_test' };

const jobRef = (jobId: string): JobRef => ({
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
});

/** Stats' rollups against real PostgreSQL, where its consumers run side by side. */
describe('stats rollups (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let rollups: RollupsService;

  beforeAll(async () => {
    database = await createTestDatabase('stats');
    dataSource = await openServiceDataSource(database.url, STATS_SCHEMA, 'stats-test');
    rollups = new RollupsService(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('counts a job once when its first two events are applied at the same time (a backlog after a restart)', async () => {
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
    const summary = await rollups.summary(context, {});
    expect(summary.jobs).toEqual({ total: 1, in_progress: 0, completed: 1, failed: 0, skipped: 0 });
    expect(summary.total_call_seconds).toBe(30);
  });
});
