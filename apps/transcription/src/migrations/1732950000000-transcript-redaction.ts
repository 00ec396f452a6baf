import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What redaction did to a transcript (the kinds looked for, how many of each were replaced); null
 * when the workspace does not redact. The stored text and segments are already redacted.
 */
export class TranscriptRedaction1732950000000 implements MigrationInterface {
  name = 'TranscriptRedaction1732950000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN redaction jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE transcription.transcripts DROP COLUMN redaction');
  }
}
