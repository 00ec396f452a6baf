import { MigrationInterface, QueryRunner } from 'typeorm';

/** Retries (attempts), the call fields a retry needs again, idempotency keys, and job list indexes. */
export class JobAttemptsAndIdempotency1732520000000 implements MigrationInterface {
  name = 'JobAttemptsAndIdempotency1732520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN attempt integer NOT NULL DEFAULT 1');
    await runner.query('ALTER TABLE ingestion.job_events ADD COLUMN attempt integer NOT NULL DEFAULT 1');
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN transcript text');
    await runner.query(
      `ALTER TABLE ingestion.calls ADD COLUMN direction text CHECK (direction IN ('inbound', 'outbound'))`,
    );
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN from_number text');
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN to_number text');
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN algorithm_ids text[]');
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN audio_key text');
    await runner.query('ALTER TABLE ingestion.calls ADD COLUMN title_source text');
    await runner.query(
      'CREATE INDEX calls_source_company_idx ON ingestion.calls (workspace_id, source_company_id) WHERE source_company_id IS NOT NULL',
    );
    await runner.query('CREATE INDEX jobs_call_idx ON ingestion.jobs (call_id)');
    await runner.query('DROP INDEX ingestion.jobs_pending_idx');
    await runner.query(
      `CREATE INDEX jobs_pending_queued_idx ON ingestion.jobs (queued_at) WHERE status IN ('queued', 'transcribing', 'analyzing', 'delivering')`,
    );
    await runner.query(
      'CREATE INDEX jobs_workspace_status_created_idx ON ingestion.jobs (workspace_id, status, created_at DESC, id DESC)',
    );
    await runner.query(`CREATE TABLE ingestion.idempotency_keys (
      workspace_id text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      response jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, key)
    )`);
    await runner.query('CREATE INDEX idempotency_keys_created_idx ON ingestion.idempotency_keys (created_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE ingestion.idempotency_keys');
    await runner.query('DROP INDEX ingestion.jobs_workspace_status_created_idx');
    await runner.query('DROP INDEX ingestion.jobs_pending_queued_idx');
    await runner.query(
      `CREATE INDEX jobs_pending_idx ON ingestion.jobs (created_at) WHERE status IN ('queued', 'transcribing', 'analyzing', 'delivering')`,
    );
    await runner.query('DROP INDEX ingestion.jobs_call_idx');
    await runner.query('DROP INDEX ingestion.calls_source_company_idx');
    for (const column of [
      'title_source',
      'audio_key',
      'algorithm_ids',
      'to_number',
      'from_number',
      'direction',
      'transcript',
    ]) {
      await runner.query(`ALTER TABLE ingestion.calls DROP COLUMN ${column}`);
    }
    await runner.query('ALTER TABLE ingestion.job_events DROP COLUMN attempt');
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN attempt');
  }
}
