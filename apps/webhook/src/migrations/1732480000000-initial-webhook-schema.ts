import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialWebhookSchema1732480000000 implements MigrationInterface {
  name = 'InitialWebhookSchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE webhook.deliveries (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      job_id text NOT NULL,
      job jsonb NOT NULL,
      source_event_id text NOT NULL,
      payload_type text NOT NULL,
      url text NOT NULL,
      payload json NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz,
      locked_until timestamptz,
      last_response_status integer,
      last_error text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (source_event_id, url)
    )`);
    await runner.query(
      `CREATE INDEX deliveries_due_idx ON webhook.deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await runner.query('CREATE INDEX deliveries_job_idx ON webhook.deliveries (workspace_id, job_id)');
    await runner.query(`CREATE TABLE webhook.delivery_attempts (
      id text PRIMARY KEY,
      delivery_id text NOT NULL REFERENCES webhook.deliveries (id),
      attempt integer NOT NULL,
      started_at timestamptz NOT NULL,
      duration_ms integer NOT NULL,
      response_status integer,
      response_excerpt text,
      error text
    )`);
    await runner.query(
      'CREATE INDEX delivery_attempts_delivery_idx ON webhook.delivery_attempts (delivery_id, attempt)',
    );
    await createMessagingTables(runner, 'webhook');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'webhook');
    await runner.query('DROP TABLE webhook.delivery_attempts');
    await runner.query('DROP TABLE webhook.deliveries');
  }
}
