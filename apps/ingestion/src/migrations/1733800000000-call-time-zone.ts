import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workspace's time zone when the call was accepted, which every JobRef carries so stats counts the
 * call on its day there. Null for calls from before: their events said nothing and were counted in UTC,
 * so null keeps them there rather than guessing a zone nobody had set.
 */
export class CallTimeZone1733800000000 implements MigrationInterface {
  name = 'CallTimeZone1733800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN time_zone text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.calls DROP COLUMN time_zone');
  }
}
