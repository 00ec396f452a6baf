import { MigrationInterface, QueryRunner } from 'typeorm';
import { appointmentOf, AppointmentRunFacts } from '../appointments/appointment-projection';

const BATCH = 500;

interface StoredRun {
  id: string;
  workspace_id: string;
  job_id: string;
  algorithm_id: string;
  status: string;
  output: Record<string, unknown> | null;
  variables: Record<string, unknown> | null;
  created_at: Date;
}

/**
 * The appointments projection (KestrelVoice's `/v1/appointments`): one row per job from its latest
 * succeeded `appointment` run, kept by scoring as runs are recorded. Existing runs are backfilled from
 * their stored outputs and variables; the call id and numbers are not scoring's (they came with the
 * event, which is gone), so backfilled rows have none until the call is analysed again, and the gateway
 * asks ingestion for them meanwhile.
 */
export class Appointments1733100000000 implements MigrationInterface {
  name = 'Appointments1733100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE scoring.appointments (
      workspace_id text NOT NULL,
      job_id text NOT NULL,
      id text NOT NULL UNIQUE,
      call_id text,
      direction text CHECK (direction IN ('inbound', 'outbound')),
      from_number text,
      to_number text,
      run_id text NOT NULL REFERENCES scoring.algorithm_runs (id),
      status text NOT NULL CHECK (status IN ('booked', 'rescheduled', 'cancelled', 'discussed', 'none')),
      start_at timestamptz,
      start_text text,
      day date,
      timezone text NOT NULL,
      spoken_time text,
      quote text,
      passes_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (workspace_id, job_id)
    )`);
    await runner.query(
      'CREATE INDEX appointments_start_idx ON scoring.appointments (workspace_id, start_at NULLS LAST, day NULLS LAST)',
    );
    await runner.query('CREATE INDEX appointments_day_idx ON scoring.appointments (workspace_id, day)');
    await this.backfill(runner);
  }

  private async backfill(runner: QueryRunner): Promise<void> {
    let after: [string, string] = ['', ''];
    for (;;) {
      const runs = (await runner.query(
        `SELECT DISTINCT ON (workspace_id, job_id)
           id, workspace_id, job_id, algorithm_id, status, output, variables, created_at
         FROM scoring.algorithm_runs
         WHERE algorithm_id = 'appointment' AND status = 'succeeded' AND (workspace_id, job_id) > ($1, $2)
         ORDER BY workspace_id, job_id, created_at DESC, id DESC
         LIMIT ${BATCH}`,
        after,
      )) as StoredRun[];
      for (const run of runs) {
        const facts: AppointmentRunFacts = {
          id: run.id,
          workspaceId: run.workspace_id,
          jobId: run.job_id,
          algorithmId: run.algorithm_id,
          status: run.status,
          output: run.output,
          variables: run.variables ?? {},
          createdAt: new Date(run.created_at),
        };
        const row = appointmentOf(facts, null);
        if (!row) continue;
        await runner.query(
          `INSERT INTO scoring.appointments (workspace_id, job_id, id, run_id, status, start_at, start_text, day,
             timezone, spoken_time, quote, passes_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
           ON CONFLICT DO NOTHING`,
          [
            row.workspaceId,
            row.jobId,
            row.id,
            row.runId,
            row.status,
            row.startAt,
            row.startText,
            row.day,
            row.timezone,
            row.spokenTime,
            row.quote,
            row.passesAt,
            row.createdAt,
            row.updatedAt,
          ],
        );
      }
      if (runs.length < BATCH) return;
      const last = runs[runs.length - 1];
      after = [last.workspace_id, last.job_id];
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE scoring.appointments');
  }
}
