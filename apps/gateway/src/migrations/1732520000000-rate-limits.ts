import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-key request counters shared by every gateway replica, and a per-workspace limit. */
export class RateLimits1732520000000 implements MigrationInterface {
  name = 'RateLimits1732520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE gateway.workspaces ADD COLUMN rate_limit_per_minute integer CHECK (rate_limit_per_minute > 0)',
    );
    await runner.query(`CREATE TABLE gateway.rate_limit_counters (
      key_id text NOT NULL,
      bucket text NOT NULL,
      window_start timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (key_id, bucket, window_start)
    )`);
    await runner.query('CREATE INDEX rate_limit_counters_window_idx ON gateway.rate_limit_counters (window_start)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.rate_limit_counters');
    await runner.query('ALTER TABLE gateway.workspaces DROP COLUMN rate_limit_per_minute');
  }
}
