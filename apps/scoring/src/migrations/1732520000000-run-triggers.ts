import { MigrationInterface, QueryRunner } from 'typeorm';

/** Runs can be started by the pipeline or on demand (POST /jobs/{id}/run-algorithms). */
export class RunTriggers1732520000000 implements MigrationInterface {
  name = 'RunTriggers1732520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE scoring.algorithm_runs ADD COLUMN trigger text NOT NULL DEFAULT 'pipeline' CHECK (trigger IN ('pipeline', 'on_demand'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scoring.algorithm_runs DROP COLUMN trigger');
  }
}
