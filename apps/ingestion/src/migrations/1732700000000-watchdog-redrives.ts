import { MigrationInterface, QueryRunner } from 'typeorm';

/** How often the stage watchdog has re-driven the job's current stage; progress sets it back to 0. */
export class WatchdogRedrives1732700000000 implements MigrationInterface {
  name = 'WatchdogRedrives1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN watchdog_redrives integer NOT NULL DEFAULT 0');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN watchdog_redrives');
  }
}
