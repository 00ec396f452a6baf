import { MigrationInterface, QueryRunner } from 'typeorm';

/** When an endpoint's current run of failures began; five days of it disable the endpoint. */
export class EndpointFailingSince1733300000000 implements MigrationInterface {
  name = 'EndpointFailingSince1733300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.endpoints ADD COLUMN failing_since timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE webhook.endpoints DROP COLUMN failing_since');
  }
}
