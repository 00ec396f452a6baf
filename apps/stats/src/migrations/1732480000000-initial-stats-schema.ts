import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialStatsSchema1732480000000 implements MigrationInterface {
  name = 'InitialStatsSchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE stats.daily_rollups (
      workspace_id text NOT NULL,
      day date NOT NULL,
      created integer NOT NULL DEFAULT 0,
      completed integer NOT NULL DEFAULT 0,
      failed integer NOT NULL DEFAULT 0,
      skipped integer NOT NULL DEFAULT 0,
      processing_ms_sum bigint NOT NULL DEFAULT 0,
      call_seconds_sum double precision NOT NULL DEFAULT 0,
      PRIMARY KEY (workspace_id, day)
    )`);
    await createMessagingTables(runner, 'stats');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'stats');
    await runner.query('DROP TABLE stats.daily_rollups');
  }
}
