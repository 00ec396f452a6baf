import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialScoringSchema1732480000000 implements MigrationInterface {
  name = 'InitialScoringSchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE scoring.algorithm_runs (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      job_id text NOT NULL,
      transcript_id text NOT NULL,
      algorithm_id text NOT NULL,
      algorithm_version integer NOT NULL,
      status text NOT NULL CHECK (status IN ('succeeded', 'failed')),
      output jsonb,
      error text,
      duration_ms integer NOT NULL,
      created_at timestamptz NOT NULL
    )`);
    await runner.query(
      'CREATE INDEX algorithm_runs_job_idx ON scoring.algorithm_runs (workspace_id, job_id, created_at)',
    );
    await createMessagingTables(runner, 'scoring');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'scoring');
    await runner.query('DROP TABLE scoring.algorithm_runs');
  }
}
