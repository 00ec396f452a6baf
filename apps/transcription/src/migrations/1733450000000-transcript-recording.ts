import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the call's audio is kept in audio storage (the upload, or the copy of audio fetched from its
 * URL) and its type, so the gateway can serve the recording; null for supplied transcripts and for
 * transcripts made before fetched audio was kept.
 */
export class TranscriptRecording1733450000000 implements MigrationInterface {
  name = 'TranscriptRecording1733450000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE transcription.transcripts ADD COLUMN recording_key text, ADD COLUMN recording_content_type text',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'ALTER TABLE transcription.transcripts DROP COLUMN recording_key, DROP COLUMN recording_content_type',
    );
  }
}
