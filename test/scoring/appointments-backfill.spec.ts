import { openServiceDataSource, ServiceSchema } from '@callsight/persistence';
import { SCORING_SCHEMA } from '../../apps/scoring/src/scoring.module';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const WORKSPACE = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

/** A stored run as scoring recorded it before appointments were kept. */
const run = (id: string, jobId: string, createdAt: string, output: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  jobId,
  createdAt,
  output,
  algorithmId: 'appointment',
  status: 'succeeded',
  variables: { timezone: 'America/New_York' },
  ...extra,
});

const booked = (start: string | null, date: string | null) => ({
  booked: true,
  status: 'booked',
  start,
  date,
  text: 'tomorrow at two thirty',
  evidence: { quote: "you're all set", speaker: 'Agent', segment_index: 3, start: 10 },
});

describe('the appointments migration backfills existing runs', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('apptbackfill');
    const before = await openServiceDataSource(
      database.url,
      {
        ...SCORING_SCHEMA,
        migrations: (SCORING_SCHEMA.migrations as unknown[]).slice(0, -1) as ServiceSchema['migrations'],
      },
      'backfill-test',
    );
    const runs = [
      // A job analysed twice: the later run is the appointment.
      run('run_a1', 'job_a', '2026-11-25T15:00:00Z', booked('2026-11-26T14:30:00-05:00', '2026-11-26')),
      run('run_a2', 'job_a', '2026-11-25T16:00:00Z', booked('2026-11-27T09:00:00-05:00', '2026-11-27')),
      // Its latest run failed: the one before still stands.
      run('run_b1', 'job_b', '2026-11-25T15:00:00Z', booked(null, '2026-11-30')),
      run('run_b2', 'job_b', '2026-11-25T16:00:00Z', null, { status: 'failed' }),
      run('run_c1', 'job_c', '2026-11-25T15:00:00Z', { ...booked(null, null), status: 'none', booked: false }),
      run('run_d1', 'job_d', '2026-11-25T15:00:00Z', booked('2026-11-26T14:30:00-05:00', '2026-11-26'), {
        algorithmId: 'appointment.copy_1',
      }),
    ];
    for (const r of runs)
      await before.query(
        `INSERT INTO scoring.algorithm_runs (id, workspace_id, job_id, transcript_id, algorithm_id, algorithm_version,
           status, output, variables, trigger, duration_ms, created_at)
         VALUES ($1, $2, $3, 'trn_x', $4, 1, $5, $6, $7, 'pipeline', 1, $8)`,
        [r.id, WORKSPACE, r.jobId, r.algorithmId, r.status, JSON.stringify(r.output), r.variables, r.createdAt],
      );
    await before.destroy();
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('keeps each job its latest succeeded appointment run, with no call until ingestion is asked', async () => {
    const after = await openServiceDataSource(database.url, SCORING_SCHEMA, 'backfill-test');
    try {
      const rows = await after.query<Array<Record<string, unknown>>>(
        `SELECT job_id, run_id, status, start_text, to_char(day, 'YYYY-MM-DD') AS day, timezone, call_id,
           passes_at, id
         FROM scoring.appointments ORDER BY job_id`,
      );
      expect(rows.map(({ id: _id, ...row }) => row)).toEqual([
        {
          job_id: 'job_a',
          run_id: 'run_a2',
          status: 'booked',
          start_text: '2026-11-27T09:00:00-05:00',
          day: '2026-11-27',
          timezone: 'America/New_York',
          call_id: null,
          passes_at: new Date('2026-11-27T14:00:00Z'),
        },
        {
          job_id: 'job_b',
          run_id: 'run_b1',
          status: 'booked',
          start_text: null,
          day: '2026-11-30',
          timezone: 'America/New_York',
          call_id: null,
          passes_at: new Date('2026-12-01T05:00:00Z'),
        },
        {
          job_id: 'job_c',
          run_id: 'run_c1',
          status: 'none',
          start_text: null,
          day: null,
          timezone: 'America/New_York',
          call_id: null,
          passes_at: null,
        },
      ]);
      expect(rows[0].id).toMatch(/^appt_[0-9a-f]{26}$/);
    } finally {
      await after.destroy();
    }
  });
});
