import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the job's `missed_call` algorithm said (null until scoring.completed is applied, or when it did
 * not run): the KestrelVoice read API filters on it (status=missed) and counts by it, so it is kept
 * with the job rather than asked of scoring call by call.
 */
export class JobMissed1733560000000 implements MigrationInterface {
  name = 'JobMissed1733560000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN missed boolean');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN missed');
  }
}
