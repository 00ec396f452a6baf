import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A submission's own webhook auth header: its name, and its value as the gateway sealed it (the plain
 * value never reaches this service), kept with the call so requeues and re-drives send it again.
 */
export class WebhookAuthHeader1733460000000 implements MigrationInterface {
  name = 'WebhookAuthHeader1733460000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE ingestion.calls ADD COLUMN webhook_auth_header_name text, ADD COLUMN webhook_auth_sealed text',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE ingestion.calls DROP COLUMN webhook_auth_header_name, DROP COLUMN webhook_auth_sealed',
    );
  }
}
