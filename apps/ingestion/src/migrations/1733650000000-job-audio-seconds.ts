import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recording's measured length (null until transcription.completed is applied, or when nothing was
 * measured): `duration_seconds` is only what the caller stated, and the vendor read APIs list this one
 * without asking transcription call by call.
 */
export class JobAudioSeconds1733650000000 implements MigrationInterface {
  name = 'JobAudioSeconds1733650000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN audio_seconds double precision');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN audio_seconds');
  }
}
