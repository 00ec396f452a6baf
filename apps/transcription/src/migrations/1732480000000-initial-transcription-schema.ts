import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialTranscriptionSchema1732480000000 implements MigrationInterface {
  name = 'InitialTranscriptionSchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE transcription.transcripts (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      job_id text NOT NULL,
      call_id text NOT NULL,
      engine text NOT NULL,
      segments jsonb NOT NULL,
      text text NOT NULL,
      word_count integer NOT NULL,
      duration_seconds double precision,
      created_at timestamptz NOT NULL
    )`);
    await runner.query('CREATE INDEX transcripts_job_idx ON transcription.transcripts (job_id)');
    await createMessagingTables(runner, 'transcription');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'transcription');
    await runner.query('DROP TABLE transcription.transcripts');
  }
}
