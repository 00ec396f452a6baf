import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KestrelVoice's missed-call recovery: the missed calls of a period (few, next to all calls), and for each
 * one the calls with the same customer number after it. The customer number is the caller on an inbound
 * call and the number called on an outbound one, digits only; the query repeats this expression exactly.
 */
export class MissedCallRecovery1733760000000 implements MigrationInterface {
  name = 'MissedCallRecovery1733760000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX jobs_missed_idx ON ingestion.jobs (workspace_id, created_at) WHERE missed IS TRUE',
    );
    await runner.query(
      `CREATE INDEX calls_customer_number_idx ON ingestion.calls (workspace_id,
        (regexp_replace(CASE direction WHEN 'inbound' THEN from_number WHEN 'outbound' THEN to_number END, '[^0-9]', '', 'g')),
        created_at) WHERE direction IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX ingestion.calls_customer_number_idx');
    await runner.query('DROP INDEX ingestion.jobs_missed_idx');
  }
}
