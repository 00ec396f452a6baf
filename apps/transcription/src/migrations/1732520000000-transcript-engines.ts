import { MigrationInterface, QueryRunner } from 'typeorm';

/** What made each transcript (engine, model, supplied format), from how many channels, and how long each step took. */
export class TranscriptEngines1732520000000 implements MigrationInterface {
  name = 'TranscriptEngines1732520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN model text');
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN format text');
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN channels integer');
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN language text');
    await runner.query('ALTER TABLE transcription.transcripts ADD COLUMN timings jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const column of ['timings', 'language', 'channels', 'format', 'model'])
      await runner.query(`ALTER TABLE transcription.transcripts DROP COLUMN ${column}`);
  }
}
