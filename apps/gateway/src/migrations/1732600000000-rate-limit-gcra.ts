import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits by GCRA instead of fixed one-minute windows, which let twice the limit through
 * across a minute boundary: one theoretical arrival time per key and bucket is all it needs.
 */
export class RateLimitGcra1732600000000 implements MigrationInterface {
  name = 'RateLimitGcra1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.rate_limit_counters');
    await runner.query(`CREATE TABLE gateway.rate_limit_tats (
      key_id text NOT NULL,
      bucket text NOT NULL,
      tat timestamptz NOT NULL,
      PRIMARY KEY (key_id, bucket)
    )`);
    await runner.query('CREATE INDEX rate_limit_tats_tat_idx ON gateway.rate_limit_tats (tat)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE gateway.rate_limit_tats');
    await runner.query(`CREATE TABLE gateway.rate_limit_counters (
      key_id text NOT NULL,
      bucket text NOT NULL,
      window_start timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (key_id, bucket, window_start)
    )`);
    await runner.query('CREATE INDEX rate_limit_counters_window_idx ON gateway.rate_limit_counters (window_start)');
  }
}
