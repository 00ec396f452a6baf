import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A per-endpoint rate limit (deliveries a second) and its schedule: `rate_next_at` is the earliest time
 * the next delivery to the endpoint may start (GCRA's theoretical arrival time). Every webhook worker
 * takes its send slots from this row, so replicas on one database keep to the limit together.
 */
export class EndpointRateLimit1733500000000 implements MigrationInterface {
  name = 'EndpointRateLimit1733500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE webhook.endpoints
         ADD COLUMN rate_limit integer CHECK (rate_limit BETWEEN 1 AND 1000),
         ADD COLUMN rate_next_at timestamptz`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.endpoints DROP COLUMN rate_limit, DROP COLUMN rate_next_at');
  }
}
