import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Runs record what they ran with (variables) and what an LLM run cost (model, tokens, latency), and
 * may be skipped with a reason (no LLM endpoint, a dependency that failed) rather than failed.
 */
export class RunDetails1732900000000 implements MigrationInterface {
  name = 'RunDetails1732900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE scoring.algorithm_runs
      ADD COLUMN variables jsonb NOT NULL DEFAULT '{}'::jsonb,
      ADD COLUMN metrics jsonb,
      DROP CONSTRAINT algorithm_runs_status_check,
      ADD CONSTRAINT algorithm_runs_status_check CHECK (status IN ('succeeded', 'failed', 'skipped'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM scoring.algorithm_runs WHERE status = 'skipped'`);
    await runner.query(`ALTER TABLE scoring.algorithm_runs
      DROP COLUMN variables,
      DROP COLUMN metrics,
      DROP CONSTRAINT algorithm_runs_status_check,
      ADD CONSTRAINT algorithm_runs_status_check CHECK (status IN ('succeeded', 'failed'))`);
  }
}
