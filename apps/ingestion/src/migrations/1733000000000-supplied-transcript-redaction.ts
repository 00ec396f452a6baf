import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supplied transcript redacted at submission is kept as its redacted segments (JSON); these say
 * which format it arrived in and what redaction replaced, so a requeue reports the same.
 */
export class SuppliedTranscriptRedaction1733000000000 implements MigrationInterface {
  name = 'SuppliedTranscriptRedaction1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE ingestion.calls ADD COLUMN transcript_format text, ADD COLUMN transcript_redaction jsonb',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.calls DROP COLUMN transcript_format, DROP COLUMN transcript_redaction');
  }
}
