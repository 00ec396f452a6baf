import { MigrationInterface, QueryRunner } from 'typeorm';

/** The timeout counts from the start of the current attempt, so a rerun of an old job is not failed as timed out at once. */
export class AttemptStartedAt1732600000000 implements MigrationInterface {
  name = 'AttemptStartedAt1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN attempt_started_at timestamptz');
    await runner.query(
      'UPDATE ingestion.jobs SET attempt_started_at = GREATEST(queued_at, updated_at) WHERE attempt > 1',
    );
    await runner.query('UPDATE ingestion.jobs SET attempt_started_at = queued_at WHERE attempt_started_at IS NULL');
    await runner.query('ALTER TABLE ingestion.jobs ALTER COLUMN attempt_started_at SET NOT NULL');
    await runner.query('DROP INDEX ingestion.jobs_pending_queued_idx');
    await runner.query(
      `CREATE INDEX jobs_pending_attempt_idx ON ingestion.jobs (attempt_started_at) WHERE status IN ('queued', 'transcribing', 'analyzing', 'delivering')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ingestion.jobs_pending_attempt_idx');
    await runner.query(
      `CREATE INDEX jobs_pending_queued_idx ON ingestion.jobs (queued_at) WHERE status IN ('queued', 'transcribing', 'analyzing', 'delivering')`,
    );
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN attempt_started_at');
  }
}
