import { MigrationInterface, QueryRunner } from 'typeorm';
import { FactsRow, factsOf, RollupsRepository } from '../rollups/rollups.repository';
import { RollupSum } from '../rollups/rollup-rows';

/**
 * Rollups by day and month in the job's zone, per organization, direction, outcome and algorithm
 * result, with histograms of durations and stage times; the per-job facts they are summed from.
 * Jobs counted before keep their UTC day, their status and submission-to-completion time; what
 * was not recorded then (direction, outcome, stage times) stays unknown until `stats rebuild`.
 */
export class JobFactsAndRollups1733600000000 implements MigrationInterface {
  name = 'JobFactsAndRollups1733600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE FUNCTION stats.bump(counts bigint[], positions integer[], deltas bigint[])
      RETURNS bigint[] LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        -- Assigning into an empty array would start it at the first position assigned, not at 1.
        result bigint[] := CASE WHEN cardinality(counts) > 0 THEN counts ELSE '{0}' END;
      BEGIN
        FOR i IN 1 .. COALESCE(array_length(positions, 1), 0) LOOP
          result[positions[i]] := COALESCE(result[positions[i]], 0) + deltas[i];
        END LOOP;
        RETURN result;
      END $$`);
    await runner.query(`CREATE FUNCTION stats.add_arrays(a bigint[], b bigint[])
      RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
        SELECT COALESCE(array_agg(COALESCE(x, 0) + COALESCE(y, 0) ORDER BY n), '{}')
          FROM unnest(a, b) WITH ORDINALITY AS t(x, y, n)
      $$`);
    await runner.query(
      `CREATE AGGREGATE stats.sum_arrays(bigint[]) (SFUNC = stats.add_arrays, STYPE = bigint[], INITCOND = '{}')`,
    );
    await runner.query(`CREATE TABLE stats.job_facts (
      job_id text PRIMARY KEY,
      workspace_id text NOT NULL,
      attempt integer NOT NULL,
      status text NOT NULL CHECK (status IN ('in_progress', 'completed', 'failed', 'skipped')),
      created_at timestamptz NOT NULL,
      zone text NOT NULL,
      organization_id text NOT NULL,
      direction text NOT NULL,
      duration_seconds double precision,
      audio_seconds double precision,
      stage_ms jsonb,
      analysis_attempt integer NOT NULL DEFAULT 0,
      outcome text NOT NULL DEFAULT '',
      results text[] NOT NULL DEFAULT '{}'
    )`);
    await runner.query(
      'CREATE INDEX job_facts_workspace_created ON stats.job_facts (workspace_id, created_at) INCLUDE (status, organization_id, duration_seconds)',
    );
    await runner.query(`CREATE TABLE stats.rollups (
      workspace_id text NOT NULL,
      zone text NOT NULL,
      period text NOT NULL CHECK (period IN ('day', 'month')),
      start date NOT NULL,
      dimension text NOT NULL CHECK (dimension IN ('all', 'organization', 'direction', 'outcome', 'algorithm')),
      value text NOT NULL,
      created bigint NOT NULL DEFAULT 0,
      completed bigint NOT NULL DEFAULT 0,
      failed bigint NOT NULL DEFAULT 0,
      skipped bigint NOT NULL DEFAULT 0,
      duration_count bigint NOT NULL DEFAULT 0,
      duration_ms_sum bigint NOT NULL DEFAULT 0,
      audio_ms_sum bigint NOT NULL DEFAULT 0,
      stage_ms_sum bigint[] NOT NULL DEFAULT '{}',
      stage_count bigint[] NOT NULL DEFAULT '{}',
      stage_hist bigint[] NOT NULL DEFAULT '{}',
      duration_hist bigint[] NOT NULL DEFAULT '{}',
      PRIMARY KEY (workspace_id, zone, dimension, period, start, value)
    )`);
    await runner.query(`CREATE TABLE stats.workspace_zones (
      workspace_id text NOT NULL,
      zone text NOT NULL,
      first_day date NOT NULL,
      last_day date NOT NULL,
      PRIMARY KEY (workspace_id, zone)
    )`);
    await runner.query(`INSERT INTO stats.job_facts (job_id, workspace_id, attempt, status, created_at, zone, organization_id,
        direction, duration_seconds, stage_ms)
      SELECT job_id, workspace_id, attempt, status, day::timestamp AT TIME ZONE 'UTC', 'UTC', organization_id, '',
        NULLIF(call_seconds, 0), CASE WHEN status = 'completed' THEN jsonb_build_object('total', processing_ms) END
        FROM stats.job_states`);
    await runner.query(`INSERT INTO stats.workspace_zones
      SELECT workspace_id, 'UTC', MIN(day), MAX(day) FROM stats.job_states GROUP BY workspace_id`);
    await backfillRollups(runner);
    await runner.query('DROP TABLE stats.job_states');
    await runner.query('DROP TABLE stats.daily_rollups');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE stats.job_states (
      job_id text PRIMARY KEY, workspace_id text NOT NULL, day date NOT NULL, attempt integer NOT NULL,
      status text NOT NULL CHECK (status IN ('in_progress', 'completed', 'failed', 'skipped')),
      processing_ms bigint NOT NULL DEFAULT 0, call_seconds double precision NOT NULL DEFAULT 0,
      organization_id text NOT NULL DEFAULT '')`);
    await runner.query(`INSERT INTO stats.job_states
      SELECT job_id, workspace_id, (created_at AT TIME ZONE 'UTC')::date, attempt, status,
        COALESCE((stage_ms->>'total')::bigint, 0), COALESCE(duration_seconds, 0), organization_id FROM stats.job_facts`);
    await runner.query(`CREATE TABLE stats.daily_rollups (
      workspace_id text NOT NULL, day date NOT NULL, organization_id text NOT NULL DEFAULT '',
      created integer NOT NULL DEFAULT 0, completed integer NOT NULL DEFAULT 0, failed integer NOT NULL DEFAULT 0,
      skipped integer NOT NULL DEFAULT 0, processing_ms_sum bigint NOT NULL DEFAULT 0,
      call_seconds_sum double precision NOT NULL DEFAULT 0, PRIMARY KEY (workspace_id, day, organization_id))`);
    await runner.query(`INSERT INTO stats.daily_rollups
      SELECT workspace_id, day, organization_id, COUNT(*), COUNT(*) FILTER (WHERE status = 'completed'),
        COUNT(*) FILTER (WHERE status = 'failed'), COUNT(*) FILTER (WHERE status = 'skipped'),
        SUM(processing_ms) FILTER (WHERE status = 'completed'), SUM(call_seconds)
        FROM stats.job_states GROUP BY workspace_id, day, organization_id`);
    await runner.query('DROP TABLE stats.workspace_zones');
    await runner.query('DROP TABLE stats.rollups');
    await runner.query('DROP TABLE stats.job_facts');
    await runner.query('DROP FUNCTION stats.bump(bigint[], integer[], bigint[])');
    await runner.query('DROP AGGREGATE stats.sum_arrays(bigint[])');
    await runner.query('DROP FUNCTION stats.add_arrays(bigint[], bigint[])');
  }
}

async function backfillRollups(runner: QueryRunner): Promise<void> {
  const workspaces = (await runner.query('SELECT DISTINCT workspace_id FROM stats.job_facts')) as {
    workspace_id: string;
  }[];
  for (const { workspace_id: workspaceId } of workspaces) {
    const sum = new RollupSum();
    const rows = (await runner.query('SELECT * FROM stats.job_facts WHERE workspace_id = $1', [
      workspaceId,
    ])) as FactsRow[];
    for (const row of rows) {
      sum.add(factsOf(row));
    }
    await new RollupsRepository().addToRollups(runner.manager, workspaceId, sum.changedRows());
  }
}
