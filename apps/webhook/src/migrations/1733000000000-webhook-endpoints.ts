import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workspace's endpoints, each with its format, event filter, custom headers and sealed secrets and
 * credentials; a delivery names the endpoint it goes to (none: the config section's endpoint), and one
 * event makes at most one delivery of each payload type per endpoint.
 */
export class WebhookEndpoints1733000000000 implements MigrationInterface {
  name = 'WebhookEndpoints1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE webhook.endpoints (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      url text NOT NULL,
      description text,
      format text NOT NULL,
      event_types text[] NOT NULL DEFAULT '{}',
      enabled boolean NOT NULL DEFAULT true,
      https_only boolean NOT NULL DEFAULT false,
      headers jsonb NOT NULL DEFAULT '{}',
      credentials_type text NOT NULL DEFAULT 'none',
      credentials_header_name text,
      credentials_sealed text,
      secret_sealed text NOT NULL,
      previous_secret_sealed text,
      previous_secret_expires_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
    await runner.query('CREATE INDEX endpoints_workspace_idx ON webhook.endpoints (workspace_id, created_at)');
    await runner.query('ALTER TABLE webhook.deliveries ADD COLUMN endpoint_id text');
    await runner.query('ALTER TABLE webhook.deliveries DROP CONSTRAINT deliveries_source_event_id_url_key');
    await runner.query(
      `CREATE UNIQUE INDEX deliveries_event_endpoint_type_key
         ON webhook.deliveries (source_event_id, coalesce(endpoint_id, ''), payload_type)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX webhook.deliveries_event_endpoint_type_key');
    await runner.query('DELETE FROM webhook.deliveries WHERE endpoint_id IS NOT NULL');
    await runner.query(
      'ALTER TABLE webhook.deliveries ADD CONSTRAINT deliveries_source_event_id_url_key UNIQUE (source_event_id, url)',
    );
    await runner.query('ALTER TABLE webhook.deliveries DROP COLUMN endpoint_id');
    await runner.query('DROP TABLE webhook.endpoints');
  }
}
