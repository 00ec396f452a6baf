import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each job stands as stats last saw it, so a retried job moves between counters instead of being counted twice. */
export class JobStates1732520000000 implements MigrationInterface {
  name = 'JobStates1732520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE stats.job_states (
      job_id text PRIMARY KEY,
      workspace_id text NOT NULL,
      day date NOT NULL,
      attempt integer NOT NULL,
      status text NOT NULL CHECK (status IN ('in_progress', 'completed', 'failed', 'skipped')),
      processing_ms bigint NOT NULL DEFAULT 0,
      call_seconds double precision NOT NULL DEFAULT 0
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE stats.job_states');
  }
}
