import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialGatewaySchema1732480000000 implements MigrationInterface {
  name = 'InitialGatewaySchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE gateway.workspaces (
      id text PRIMARY KEY,
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
      created_at timestamptz NOT NULL
    )`);
    await runner.query(`CREATE TABLE gateway.api_keys (
      id text PRIMARY KEY,
      workspace_id text NOT NULL REFERENCES gateway.workspaces (id),
      name text NOT NULL,
      prefix text NOT NULL,
      key_hash text NOT NULL UNIQUE,
      scopes text[] NOT NULL,
      created_at timestamptz NOT NULL,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`);
    await runner.query('CREATE INDEX api_keys_workspace_idx ON gateway.api_keys (workspace_id, created_at)');
    await createMessagingTables(runner, 'gateway');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'gateway');
    await runner.query('DROP TABLE gateway.api_keys');
    await runner.query('DROP TABLE gateway.workspaces');
  }
}
