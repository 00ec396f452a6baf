import { MigrationInterface, QueryRunner } from 'typeorm';
import { createEventFailuresTable, dropEventFailuresTable } from '@callsight/messaging/outbox/messaging-tables';

/** Counts an event's real failures apart from its deliveries, so an outage does not spend its retries. */
export class EventFailures1732810000000 implements MigrationInterface {
  name = 'EventFailures1732810000000';

  async up(runner: QueryRunner): Promise<void> {
    await createEventFailuresTable(runner, 'webhook');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropEventFailuresTable(runner, 'webhook');
  }
}
