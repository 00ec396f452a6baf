import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A workspace's side of the catalog (variables of built-ins, its own copies, deprecations) with every
 * version of the variables kept, and feedback on runs.
 */
export class CatalogAndFeedback1733000000000 implements MigrationInterface {
  name = 'CatalogAndFeedback1733000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE scoring.workspace_algorithms (
      workspace_id text NOT NULL,
      algorithm_id text NOT NULL,
      base_algorithm_id text NOT NULL,
      copied_from text,
      name text,
      description text,
      version integer NOT NULL CHECK (version >= 0),
      variables jsonb NOT NULL,
      deprecated_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, algorithm_id)
    )`);
    await runner.query(`CREATE TABLE scoring.algorithm_variable_versions (
      workspace_id text NOT NULL,
      algorithm_id text NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      variables jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, algorithm_id, version),
      FOREIGN KEY (workspace_id, algorithm_id) REFERENCES scoring.workspace_algorithms (workspace_id, algorithm_id)
        ON DELETE CASCADE
    )`);
    await runner.query(`CREATE TABLE scoring.feedback (
      id text PRIMARY KEY,
      workspace_id text NOT NULL,
      run_id text NOT NULL REFERENCES scoring.algorithm_runs (id),
      job_id text NOT NULL,
      algorithm_id text NOT NULL,
      algorithm_version integer NOT NULL,
      verdict text NOT NULL CHECK (verdict IN ('correct', 'incorrect')),
      corrected_value jsonb,
      label text,
      comment text,
      created_at timestamptz NOT NULL
    )`);
    await runner.query('CREATE INDEX feedback_workspace_idx ON scoring.feedback (workspace_id, created_at, id)');
    await runner.query('CREATE INDEX feedback_run_idx ON scoring.feedback (workspace_id, run_id, created_at)');
    await runner.query(
      'CREATE INDEX feedback_algorithm_idx ON scoring.feedback (workspace_id, algorithm_id, created_at)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scoring.feedback');
    await runner.query('DROP TABLE scoring.algorithm_variable_versions');
    await runner.query('DROP TABLE scoring.workspace_algorithms');
  }
}
