import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rollups per organization (the call's source_company_id; '' for calls sent without one), so stats can be grouped by it. */
export class RollupsByOrganization1732600000000 implements MigrationInterface {
  name = 'RollupsByOrganization1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE stats.daily_rollups ADD COLUMN organization_id text NOT NULL DEFAULT ''`);
    await runner.query('ALTER TABLE stats.daily_rollups DROP CONSTRAINT daily_rollups_pkey');
    await runner.query('ALTER TABLE stats.daily_rollups ADD PRIMARY KEY (workspace_id, day, organization_id)');
    await runner.query(`ALTER TABLE stats.job_states ADD COLUMN organization_id text NOT NULL DEFAULT ''`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE stats.job_states DROP COLUMN organization_id');
    await runner.query(`INSERT INTO stats.daily_rollups AS r (workspace_id, day, organization_id, created, completed, failed, skipped, processing_ms_sum, call_seconds_sum)
      SELECT workspace_id, day, '', SUM(created), SUM(completed), SUM(failed), SUM(skipped), SUM(processing_ms_sum), SUM(call_seconds_sum)
        FROM stats.daily_rollups WHERE organization_id <> '' GROUP BY workspace_id, day
      ON CONFLICT (workspace_id, day, organization_id) DO UPDATE SET
        created = r.created + EXCLUDED.created, completed = r.completed + EXCLUDED.completed, failed = r.failed + EXCLUDED.failed,
        skipped = r.skipped + EXCLUDED.skipped, processing_ms_sum = r.processing_ms_sum + EXCLUDED.processing_ms_sum, call_seconds_sum = r.call_seconds_sum + EXCLUDED.call_seconds_sum`);
    await runner.query(`DELETE FROM stats.daily_rollups WHERE organization_id <> ''`);
    await runner.query('ALTER TABLE stats.daily_rollups DROP CONSTRAINT daily_rollups_pkey');
    await runner.query('ALTER TABLE stats.daily_rollups DROP COLUMN organization_id');
    await runner.query('ALTER TABLE stats.daily_rollups ADD PRIMARY KEY (workspace_id, day)');
  }
}
