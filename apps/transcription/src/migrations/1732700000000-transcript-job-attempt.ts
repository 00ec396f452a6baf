import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which attempt of the job a transcript was made for: an event re-published for the same attempt
 * (the stage watchdog's re-drive) finds it and announces it again instead of transcribing twice.
 * Older transcripts have none, and are never matched.
 */
export class TranscriptJobAttempt1732700000000 implements MigrationInterface {
  name = 'TranscriptJobAttempt1732700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN job_attempt integer');
    await runner.query(
      'CREATE UNIQUE INDEX transcripts_job_attempt_idx ON transcription.transcripts (job_id, job_attempt)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX transcription.transcripts_job_attempt_idx');
    await runner.query('ALTER TABLE transcription.transcripts DROP COLUMN job_attempt');
  }
}
