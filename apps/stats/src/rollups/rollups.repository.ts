import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobFacts } from './job-facts';
import { localDay, RowDelta } from './rollup-rows';

export interface FactsRow {
  job_id: string;
  workspace_id: string;
  attempt: number;
  status: JobFacts['status'];
  created_at: Date;
  zone: string;
  organization_id: string;
  direction: string;
  duration_seconds: number | null;
  audio_seconds: number | null;
  stage_ms: JobFacts['stageMs'];
  analysis_attempt: number;
  outcome: string;
  results: string[];
}

export const factsOf = (row: FactsRow): JobFacts => ({
  jobId: row.job_id,
  workspaceId: row.workspace_id,
  attempt: row.attempt,
  status: row.status,
  createdAt: row.created_at.toISOString(),
  zone: row.zone,
  organizationId: row.organization_id,
  direction: row.direction,
  durationSeconds: row.duration_seconds,
  audioSeconds: row.audio_seconds,
  stageMs: row.stage_ms,
  analysisAttempt: row.analysis_attempt,
  outcome: row.outcome,
  results: row.results,
});

const PARAMS_PER_ROW = 19;
/** Rows per upsert statement, under PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 1000;

const FACT_COLUMNS = [
  'job_id',
  'workspace_id',
  'attempt',
  'status',
  'created_at',
  'zone',
  'organization_id',
  'direction',
  'duration_seconds',
  'audio_seconds',
  'stage_ms',
  'analysis_attempt',
  'outcome',
  'results',
];

const factParams = (workspaceId: string, facts: JobFacts): unknown[] => [
  facts.jobId,
  workspaceId,
  facts.attempt,
  facts.status,
  facts.createdAt,
  facts.zone,
  facts.organizationId,
  facts.direction,
  facts.durationSeconds,
  facts.audioSeconds,
  facts.stageMs ? JSON.stringify(facts.stageMs) : null,
  facts.analysisAttempt,
  facts.outcome,
  facts.results,
];

const workspaceLock = (workspaceId: string) => `stats-workspace:${workspaceId}`;

/**
 * One statement for all of a job's rows (a few dozen), not one each. Histograms travel as the cells to
 * change; stats.bump makes them an array, and rows already there add it cell by cell.
 */
function upsertRows(count: number): string {
  const values = Array.from({ length: count }, (_, row) => {
    const $ = (column: number) => `$${row * PARAMS_PER_ROW + column}`;
    const plain = Array.from({ length: 15 }, (_, index) => $(index + 1)).join(', ');
    return `(${plain}, stats.bump(NULL, ${$(16)}::int[], ${$(17)}::bigint[]), stats.bump(NULL, ${$(18)}::int[], ${$(19)}::bigint[]))`;
  });
  return `INSERT INTO stats.rollups AS r (workspace_id, zone, period, start, dimension, value, created, completed, failed,
      skipped, duration_count, duration_ms_sum, audio_ms_sum, stage_ms_sum, stage_count, stage_hist, duration_hist)
    VALUES ${values.join(', ')}
    ON CONFLICT (workspace_id, zone, dimension, period, start, value) DO UPDATE SET
      created = r.created + EXCLUDED.created, completed = r.completed + EXCLUDED.completed,
      failed = r.failed + EXCLUDED.failed, skipped = r.skipped + EXCLUDED.skipped,
      duration_count = r.duration_count + EXCLUDED.duration_count,
      duration_ms_sum = r.duration_ms_sum + EXCLUDED.duration_ms_sum, audio_ms_sum = r.audio_ms_sum + EXCLUDED.audio_ms_sum,
      stage_ms_sum = stats.add_arrays(r.stage_ms_sum, EXCLUDED.stage_ms_sum),
      stage_count = stats.add_arrays(r.stage_count, EXCLUDED.stage_count),
      stage_hist = stats.add_arrays(r.stage_hist, EXCLUDED.stage_hist),
      duration_hist = stats.add_arrays(r.duration_hist, EXCLUDED.duration_hist)`;
}

/** stats.job_facts and stats.rollups; every method takes the workspace first where it reads or writes one. */
@Injectable()
export class RollupsRepository {
  /**
   * Two consumers may apply a job's events at once; nothing else serialises them before its first row
   * exists. The workspace's lock is shared here and taken whole by a rebuild, which then waits for
   * events being applied and holds new ones back until it has replaced the workspace's numbers.
   */
  async lockJob(manager: EntityManager, workspaceId: string, jobId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [workspaceLock(workspaceId)]);
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stats-job:${jobId}`]);
  }

  async lockWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [workspaceLock(workspaceId)]);
  }

  async clearWorkspace(manager: EntityManager, workspaceId: string): Promise<void> {
    for (const table of ['job_facts', 'rollups', 'workspace_zones']) {
      await manager.query(`DELETE FROM stats.${table} WHERE workspace_id = $1`, [workspaceId]);
    }
  }

  /** New jobs' facts, a thousand a statement (a rebuild's page). */
  async insertFacts(manager: EntityManager, workspaceId: string, facts: readonly JobFacts[]): Promise<void> {
    for (let offset = 0; offset < facts.length; offset += ROWS_PER_STATEMENT) {
      const chunk = facts.slice(offset, offset + ROWS_PER_STATEMENT);
      const values = chunk.map(
        (_, row) => `(${FACT_COLUMNS.map((_, column) => `$${row * FACT_COLUMNS.length + column + 1}`).join(', ')})`,
      );
      await manager.query(
        `INSERT INTO stats.job_facts (${FACT_COLUMNS.join(', ')}) VALUES ${values.join(', ')}`,
        chunk.flatMap((item) => factParams(workspaceId, item)),
      );
    }
  }

  async facts(manager: EntityManager, workspaceId: string, jobId: string): Promise<JobFacts | null> {
    const [row] = await manager.query<FactsRow[]>(
      'SELECT * FROM stats.job_facts WHERE workspace_id = $1 AND job_id = $2 FOR UPDATE',
      [workspaceId, jobId],
    );
    return row ? factsOf(row) : null;
  }

  /** A new job also extends the days its zone covers, which tells queries where rollups are in one zone. */
  async saveFacts(manager: EntityManager, workspaceId: string, facts: JobFacts, isNew: boolean): Promise<void> {
    if (isNew) await this.coverDay(manager, workspaceId, facts.zone, localDay(facts.createdAt, facts.zone));
    await manager.query(
      `INSERT INTO stats.job_facts (job_id, workspace_id, attempt, status, created_at, zone, organization_id, direction,
         duration_seconds, audio_seconds, stage_ms, analysis_attempt, outcome, results)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (job_id) DO UPDATE SET attempt = EXCLUDED.attempt, status = EXCLUDED.status,
         duration_seconds = EXCLUDED.duration_seconds, audio_seconds = EXCLUDED.audio_seconds, stage_ms = EXCLUDED.stage_ms,
         analysis_attempt = EXCLUDED.analysis_attempt, outcome = EXCLUDED.outcome, results = EXCLUDED.results`,
      factParams(workspaceId, facts),
    );
  }

  async coverDay(manager: EntityManager, workspaceId: string, zone: string, day: string): Promise<void> {
    await manager.query(
      `INSERT INTO stats.workspace_zones AS z (workspace_id, zone, first_day, last_day) VALUES ($1, $2, $3, $3)
       ON CONFLICT (workspace_id, zone) DO UPDATE SET first_day = LEAST(z.first_day, EXCLUDED.first_day),
         last_day = GREATEST(z.last_day, EXCLUDED.last_day)
       WHERE z.first_day > EXCLUDED.first_day OR z.last_day < EXCLUDED.last_day`,
      [workspaceId, zone, day],
    );
  }

  async addToRollups(manager: EntityManager, workspaceId: string, rows: readonly RowDelta[]): Promise<void> {
    for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
      await this.upsert(manager, workspaceId, rows.slice(offset, offset + ROWS_PER_STATEMENT));
    }
  }

  private async upsert(manager: EntityManager, workspaceId: string, rows: readonly RowDelta[]): Promise<void> {
    const params = rows.flatMap((row) => [
      workspaceId,
      row.key.zone,
      row.key.period,
      row.key.start,
      row.key.dimension,
      row.key.value,
      row.created,
      row.completed,
      row.failed,
      row.skipped,
      row.durationCount,
      row.durationMsSum,
      row.audioMsSum,
      row.stageMsSum,
      row.stageCount,
      [...row.stageHist.keys()],
      [...row.stageHist.values()],
      [...row.durationHist.keys()],
      [...row.durationHist.values()],
    ]);
    await manager.query(upsertRows(rows.length), params);
  }
}
