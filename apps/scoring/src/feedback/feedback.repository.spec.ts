import type { DataSource } from 'typeorm';
import { newId } from '@callsight/common/ids';
import { openServiceDataSource } from '@callsight/persistence';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { SCORING_SCHEMA } from '../scoring.module';
import type { AlgorithmRunEntity } from '../runs/algorithm-run.entity';
import { RunsRepository } from '../runs/runs.repository';
import type { FeedbackEntity } from './feedback.entity';
import { FeedbackRepository } from './feedback.repository';
import { labelStats } from './label-stats';

describe('feedback statistics in PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let runs: RunsRepository;
  let feedback: FeedbackRepository;
  const workspaceId = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';

  beforeAll(async () => {
    database = await createTestDatabase('feedbackstats');
    dataSource = await openServiceDataSource(database.url, SCORING_SCHEMA, 'feedback-stats-test');
    runs = new RunsRepository(dataSource);
    feedback = new FeedbackRepository(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const run = async (output: Record<string, unknown>, createdAt: Date, workspace = workspaceId) => {
    const entity: AlgorithmRunEntity = {
      id: newId('run'),
      workspaceId: workspace,
      jobId: newId('job'),
      transcriptId: newId('trn'),
      jobAttempt: 1,
      algorithmId: 'emergency',
      algorithmVersion: 1,
      trigger: 'pipeline',
      status: 'succeeded',
      output,
      error: null,
      variables: {},
      metrics: null,
      durationMs: 1,
      createdAt,
    };
    await runs.insert(dataSource.manager, [entity]);
    return entity;
  };
  const judge = (target: AlgorithmRunEntity, fields: Partial<FeedbackEntity>, createdAt = new Date()) =>
    feedback.insert({
      id: newId('fb'),
      workspaceId: target.workspaceId,
      runId: target.id,
      jobId: target.jobId,
      algorithmId: target.algorithmId,
      algorithmVersion: target.algorithmVersion,
      verdict: 'correct',
      correctedValue: null,
      label: null,
      comment: null,
      createdAt,
      ...fields,
    });

  it("counts each run's latest verdict, by the run's week, and reads labels at the label path", async () => {
    const monday = new Date('2026-11-16T09:00:00Z');
    const nextWeek = new Date('2026-11-24T09:00:00Z');
    const flood = await run({ is_emergency: true, evidence: [] }, monday);
    const booking = await run({ is_emergency: false, evidence: [] }, monday);
    const gasLeak = await run({ is_emergency: false, evidence: [] }, nextWeek);
    const foreign = await run({ is_emergency: true, evidence: [] }, nextWeek, 'ws_01jd5f3k1q8m2x7c9v4b6n0zzz');
    await judge(flood, { verdict: 'incorrect' }, new Date('2026-11-17T00:00:00Z'));
    await judge(flood, { verdict: 'correct' }, new Date('2026-11-18T00:00:00Z'));
    await judge(booking, { verdict: 'correct' });
    await judge(gasLeak, { verdict: 'incorrect', correctedValue: { is_emergency: true } });
    await judge(foreign, { verdict: 'incorrect', label: 'false' });

    expect(await feedback.accuracyOverTime(workspaceId, 'emergency', 'week', {})).toEqual([
      { period: '2026-11-16', total: 2, correct: 2 },
      { period: '2026-11-23', total: 1, correct: 0 },
    ]);
    expect(
      await feedback.accuracyOverTime(workspaceId, 'emergency', 'day', { from: new Date('2026-11-20T00:00:00Z') }),
    ).toEqual([{ period: '2026-11-24', total: 1, correct: 0 }]);

    const labelled = await feedback.labelled(workspaceId, 'emergency', 'is_emergency', {});
    expect(labelStats(labelled)).toEqual([
      { label: 'false', support: 1, predicted: 2, true_positives: 1, precision: 0.5, recall: 1, f1: 0.667 },
      { label: 'true', support: 2, predicted: 1, true_positives: 1, precision: 1, recall: 0.5, f1: 0.667 },
    ]);
  });

  it('pages oldest first after a cursor, with filters, inside one workspace', async () => {
    const all = await feedback.page(workspaceId, {}, 10);
    expect(all).toHaveLength(4);
    const after = await feedback.page(workspaceId, {}, 10, { at: all[1].createdAt, id: all[1].id });
    expect(after.map((item) => item.id)).toEqual(all.slice(2).map((item) => item.id));
    expect(await feedback.page(workspaceId, { verdict: 'incorrect' }, 10)).toHaveLength(2);
    expect(await feedback.page(workspaceId, { algorithm_id: 'outcome' }, 10)).toEqual([]);
  });
});
