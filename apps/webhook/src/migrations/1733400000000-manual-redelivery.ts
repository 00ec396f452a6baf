import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manual redelivery and on-demand runs: what started each attempt (the schedule, or someone asking
 * for it again), which algorithm runs a delivery carried (so a run's deliveries can be found and sent
 * again), and no job snapshot for deliveries that do not report on a job's progress (an on-demand run).
 */
export class ManualRedelivery1733400000000 implements MigrationInterface {
  name = 'ManualRedelivery1733400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.deliveries ALTER COLUMN job DROP NOT NULL');
    await runner.query(`ALTER TABLE webhook.deliveries ADD COLUMN run_ids text[] NOT NULL DEFAULT '{}'`);
    await runner.query(
      `ALTER TABLE webhook.deliveries ADD COLUMN trigger text NOT NULL DEFAULT 'scheduled' CHECK (trigger IN ('scheduled', 'manual'))`,
    );
    await runner.query(
      `ALTER TABLE webhook.delivery_attempts ADD COLUMN trigger text NOT NULL DEFAULT 'scheduled' CHECK (trigger IN ('scheduled', 'manual'))`,
    );
    await runner.query('CREATE INDEX deliveries_run_ids_idx ON webhook.deliveries USING gin (run_ids)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX webhook.deliveries_run_ids_idx');
    await runner.query('ALTER TABLE webhook.delivery_attempts DROP COLUMN trigger');
    await runner.query('ALTER TABLE webhook.deliveries DROP COLUMN trigger');
    await runner.query('ALTER TABLE webhook.deliveries DROP COLUMN run_ids');
    await runner.query(
      'DELETE FROM webhook.delivery_attempts WHERE delivery_id IN (SELECT id FROM webhook.deliveries WHERE job IS NULL)',
    );
    await runner.query('DELETE FROM webhook.deliveries WHERE job IS NULL');
    await runner.query('ALTER TABLE webhook.deliveries ALTER COLUMN job SET NOT NULL');
  }
}
