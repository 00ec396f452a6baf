import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which attempt of the job a pipeline run belongs to: a transcription.completed re-published for the
 * same attempt (the stage watchdog's re-drive) announces the runs made already instead of adding more.
 */
export class RunJobAttempt1732700000000 implements MigrationInterface {
  name = 'RunJobAttempt1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE scoring.algorithm_runs ADD COLUMN job_attempt integer');
    await runner.query(
      `CREATE INDEX algorithm_runs_job_attempt_idx ON scoring.algorithm_runs (job_id, job_attempt) WHERE trigger = 'pipeline'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX scoring.algorithm_runs_job_attempt_idx');
    await runner.query('ALTER TABLE scoring.algorithm_runs DROP COLUMN job_attempt');
  }
}
