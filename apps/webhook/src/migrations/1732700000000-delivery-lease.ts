import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim becomes a short lease held by one worker (`lease_token`), internal outages defer a delivery
 * (`deferrals`) instead of spending its attempts, and an attempt row is written when the attempt starts
 * (`duration_ms` NULL until it settles) so a worker killed mid-send leaves its attempt visible.
 */
export class DeliveryLease1732700000000 implements MigrationInterface {
  name = 'DeliveryLease1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.deliveries ADD COLUMN lease_token text');
    await runner.query('ALTER TABLE webhook.deliveries ADD COLUMN deferrals integer NOT NULL DEFAULT 0');
    await runner.query('ALTER TABLE webhook.delivery_attempts ALTER COLUMN duration_ms DROP NOT NULL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('UPDATE webhook.delivery_attempts SET duration_ms = 0 WHERE duration_ms IS NULL');
    await runner.query('ALTER TABLE webhook.delivery_attempts ALTER COLUMN duration_ms SET NOT NULL');
    await runner.query('ALTER TABLE webhook.deliveries DROP COLUMN deferrals');
    await runner.query('ALTER TABLE webhook.deliveries DROP COLUMN lease_token');
  }
}
