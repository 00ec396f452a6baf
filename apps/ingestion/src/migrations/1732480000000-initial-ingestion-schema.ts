import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@callsight/messaging/outbox/messaging-tables';

export class InitialIngestionSchema1732480000000 implements MigrationInterface {
  name = 'InitialIngestionSchema1732480000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ingestion.calls (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      source text NOT NULL CHECK (source IN ('transcript', 'audio_url', 'audio_file')),
      source_call_id text,
      source_company_id text,
      title text,
      call_date timestamptz,
      duration_seconds double precision,
      rep_name text,
      rep_email text,
      language text,
      metadata jsonb NOT NULL DEFAULT '{}',
      audio_url text,
      webhook_url text,
      created_at timestamptz NOT NULL
    )`);
    await runner.query(
      `CREATE INDEX calls_source_call_idx ON ingestion.calls (workspace_id, source_call_id) WHERE source_call_id IS NOT NULL`,
    );
    await runner.query(`CREATE TABLE ingestion.jobs (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      call_id text NOT NULL REFERENCES ingestion.calls (id),
      status text NOT NULL CHECK (status IN ('queued', 'transcribing', 'analyzing', 'delivering', 'completed', 'failed', 'skipped')),
      status_reason text,
      queued_at timestamptz NOT NULL,
      transcribing_at timestamptz,
      analyzing_at timestamptz,
      delivering_at timestamptz,
      completed_at timestamptz,
      failed_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`);
    await runner.query(
      `CREATE INDEX jobs_workspace_created_idx ON ingestion.jobs (workspace_id, created_at DESC, id DESC)`,
    );
    await runner.query(
      `CREATE INDEX jobs_pending_idx ON ingestion.jobs (created_at) WHERE status IN ('queued', 'transcribing', 'analyzing', 'delivering')`,
    );
    await runner.query(`CREATE TABLE ingestion.job_events (
      id text PRIMARY KEY,
      job_id text NOT NULL REFERENCES ingestion.jobs (id),
      workspace_id text NOT NULL,
      at timestamptz NOT NULL,
      event_type text NOT NULL,
      from_status text,
      to_status text,
      message text,
      source_event_id text
    )`);
    await runner.query(`CREATE INDEX job_events_job_idx ON ingestion.job_events (job_id, at, id)`);
    await runner.query(`CREATE TABLE ingestion.workspace_config (
      workspace_id text NOT NULL,
      section text NOT NULL,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, section)
    )`);
    await createMessagingTables(runner, 'ingestion');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'ingestion');
    await runner.query('DROP TABLE ingestion.workspace_config');
    await runner.query('DROP TABLE ingestion.job_events');
    await runner.query('DROP TABLE ingestion.jobs');
    await runner.query('DROP TABLE ingestion.calls');
  }
}
