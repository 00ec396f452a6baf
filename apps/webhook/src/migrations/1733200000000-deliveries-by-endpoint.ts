import { MigrationInterface, QueryRunner } from 'typeorm';

/** An endpoint's attempt log is read through its deliveries. */
export class DeliveriesByEndpoint1733200000000 implements MigrationInterface {
  name = 'DeliveriesByEndpoint1733200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX deliveries_endpoint_idx ON webhook.deliveries (endpoint_id) WHERE endpoint_id IS NOT NULL',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX webhook.deliveries_endpoint_idx');
  }
}
