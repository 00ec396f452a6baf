import { MigrationInterface, QueryRunner } from 'typeorm';

/** An endpoint that answered 410 Gone is disabled by Callsight, which says why on it. */
export class EndpointDisabledReason1733100000000 implements MigrationInterface {
  name = 'EndpointDisabledReason1733100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.endpoints ADD COLUMN disabled_reason text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.endpoints DROP COLUMN disabled_reason');
  }
}
