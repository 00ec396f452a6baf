import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspace configuration becomes append-only versions, and each job records the version it was created
 * with. Existing sections become version 1; their nulls are dropped, since null meant the default.
 */
export class ConfigVersions1732900000000 implements MigrationInterface {
  name = 'ConfigVersions1732900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE ingestion.workspace_config_versions (
      workspace_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      settings jsonb NOT NULL,
      changed_sections text[] NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, version)
    )`);
    await runner.query(`INSERT INTO ingestion.workspace_config_versions (workspace_id, version, settings, changed_sections, created_at)
      SELECT workspace_id, 1, jsonb_object_agg(section, jsonb_strip_nulls(value)), array_agg(section ORDER BY section), max(updated_at)
        FROM ingestion.workspace_config GROUP BY workspace_id`);
    await runner.query('DROP TABLE ingestion.workspace_config');
    await runner.query('ALTER TABLE ingestion.jobs ADD COLUMN config_version integer');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE ingestion.jobs DROP COLUMN config_version');
    await runner.query(`CREATE TABLE ingestion.workspace_config (
      workspace_id text NOT NULL,
      section text NOT NULL,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, section)
    )`);
    await runner.query(`INSERT INTO ingestion.workspace_config (workspace_id, section, value, updated_at)
      SELECT latest.workspace_id, s.key, s.value, latest.created_at
        FROM (SELECT DISTINCT ON (workspace_id) * FROM ingestion.workspace_config_versions ORDER BY workspace_id, version DESC) latest
        CROSS JOIN LATERAL jsonb_each(latest.settings) s
       WHERE s.key IN ('webhooks', 'ingestion', 'transcription')`);
    await runner.query('DROP TABLE ingestion.workspace_config_versions');
  }
}
