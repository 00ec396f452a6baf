import { DataSource } from 'typeorm';
import type { SubmitCallCommand } from '@callsight/contracts';
import {
  customerNumber,
  MissedCallRecoveryRepository,
} from '../../apps/ingestion/src/missed-calls/missed-call-recovery.repository';
import { IngestionServices, startIngestionServices } from '../support/ingestion-services';

const OURS = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';
const THEIRS = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3s';
const WEEK = 168;

/**
 * The recovery query's edges, which the pipeline cannot reach in a test's time: calls are submitted as
 * the API does, then placed in time and given the missed_call verdict by hand (the pipeline setting
 * `jobs.missed` from scoring.completed is test/gateway/kestrel-analytics.spec.ts's and vendor-calls').
 */
describe('missed-call recovery in the ingestion service (PostgreSQL)', () => {
  let services: IngestionServices;
  let dataSource: DataSource;
  let repository: MissedCallRecoveryRepository;

  beforeAll(async () => {
    services = await startIngestionServices('missed-recovery');
    dataSource = services.dataSource;
    repository = new MissedCallRecoveryRepository(dataSource);
  });

  afterAll(() => services?.close());

  /** A call accepted at `at`, which the missed_call algorithm said was missed (true), answered (false) or has not analysed (null). */
  const call = async (
    at: string,
    missed: boolean | null,
    fields: Partial<SubmitCallCommand>,
    workspaceId = OURS,
  ): Promise<void> => {
    const { accepted } = await services.submissions.submit(
      { workspaceId, requestId: 'req_test' },
      { source: 'transcript', transcript: 'Agent: hello', ...fields },
    );
    await dataSource.query('UPDATE ingestion.jobs SET created_at = $2, missed = $3 WHERE id = $1', [
      accepted.job_id,
      at,
      missed,
    ]);
    await dataSource.query('UPDATE ingestion.calls SET created_at = $2 WHERE id = $1', [accepted.call_id, at]);
  };
  const from = (number: string) => ({ direction: 'inbound' as const, from_number: number, to_number: '+15550000000' });

  beforeAll(async () => {
    // 10 March 2024 in New York is 23 hours long (clocks go forward): 05:00Z until 04:00Z on the 11th.
    await call('2024-03-10T04:59:59Z', true, from('+15550000100')); // the 9th there: outside
    await call('2024-03-10T06:00:00Z', false, from('+15550000100'));
    await call('2024-03-10T05:00:00Z', true, from('+15550000001')); // the first second of the day
    await call('2024-03-17T05:00:00Z', false, from('+15550000001')); // answered a week to the second later: recovered
    await call('2024-03-11T03:59:59Z', true, from('+15550000002')); // the last second of the day
    await call('2024-03-18T04:00:00Z', false, from('+15550000002')); // a week and a second later: too late
    await call('2024-03-11T04:00:00Z', true, from('+15550000101')); // the 11th there: outside
    await call('2024-03-10T12:00:00Z', true, from('+15550000004'));
    await call('2024-03-10T13:00:00Z', null, from('+15550000004')); // not analysed yet: not an answer
    await call('2024-03-10T12:00:00Z', true, from('+15550000005'));
    await call('2024-03-10T14:00:00Z', true, from('+15550000005')); // missed again: not an answer
    await call('2024-03-10T12:00:00Z', true, {
      direction: 'outbound',
      from_number: '+15550000000',
      to_number: '(555) 000-0006',
    });
    await call('2024-03-10T14:00:00Z', false, from('555.000.0006')); // the customer called back: recovered
    await call('2024-03-10T12:00:00Z', true, from('+15550000007'));
    await call('2024-03-10T13:00:00Z', false, from('+15550000007'), THEIRS); // another workspace's answer
    await call('2024-03-10T11:00:00Z', false, from('+15550000008')); // answered before the miss only
    await call('2024-03-10T12:00:00Z', true, from('+15550000008'));
    await call('2024-03-10T12:00:00Z', true, { direction: 'inbound', to_number: '+15550000000' }); // no number
    await call('2024-03-10T12:00:00Z', true, { from_number: '+15550000009' }); // no direction
    await call('2024-03-10T13:00:00Z', false, from('+15550000009'));
  });

  it('counts the period’s missed calls with a customer number, and those a later answered call within the window recovered', async () => {
    expect(await repository.recovery(OURS, '2024-03-10', '2024-03-10', 'America/New_York', WEEK)).toEqual({
      missed: 8,
      recovered: 2,
    });
  });

  it('reads the period in the zone asked for', async () => {
    // In UTC the 10th takes in the recovered miss at 04:59:59Z and leaves out the unrecovered one at 03:59:59Z on the 11th.
    expect(await repository.recovery(OURS, '2024-03-10', '2024-03-10', 'UTC', WEEK)).toEqual({
      missed: 8,
      recovered: 3,
    });
    expect(await repository.recovery(OURS, '2024-03-09', '2024-03-11', 'America/New_York', WEEK)).toEqual({
      missed: 10,
      recovered: 3,
    });
  });

  it('recovers within the window given', async () => {
    // Eight days reach the call a week and a second after; an hour reaches none of the week-long ones.
    expect(await repository.recovery(OURS, '2024-03-10', '2024-03-10', 'America/New_York', 192)).toEqual({
      missed: 8,
      recovered: 3,
    });
    expect(await repository.recovery(OURS, '2024-03-10', '2024-03-10', 'America/New_York', 1)).toEqual({
      missed: 8,
      recovered: 0,
    });
    expect(await repository.recovery(OURS, '2024-03-10', '2024-03-10', 'America/New_York', 2)).toEqual({
      missed: 8,
      recovered: 1,
    });
  });

  it("counts only the workspace's own calls", async () => {
    expect(await repository.recovery(THEIRS, '2024-03-01', '2024-03-31', 'UTC', WEEK)).toEqual({
      missed: 0,
      recovered: 0,
    });
  });

  it("finds each follow-up through the customer-number index, the expression being the repository's", async () => {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('SET enable_seqscan = off');
      const plan = (await runner.query(
        `EXPLAIN SELECT 1 FROM ingestion.calls later WHERE later.workspace_id = $1 AND later.direction IS NOT NULL
           AND ${customerNumber('later')} = $2
           AND later.created_at > $3`,
        [OURS, '15550000001', '2024-03-10T05:00:00Z'],
      )) as { 'QUERY PLAN': string }[];
      expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('calls_customer_number_idx');
    } finally {
      await runner.query('RESET enable_seqscan');
      await runner.release();
    }
  });
});
