import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError, ErrorCodes, JobHistoryEntry, JobHistoryPage, JobHistoryQuery } from '@callsight/contracts';
import { CallEntity, JobEntity } from './job.entity';
import { jobRefOf } from './job-ref';
import { stageTimesOf } from './job-transitions';

const MAX_PAGE = 5000;

interface HistoryRow {
  id: string;
  workspace_id: string;
  /** created_at as PostgreSQL prints it: microseconds, which a JavaScript Date would round away in the cursor. */
  created_at_text: string;
}

/**
 * Every job as it stands, for stats to recompute its facts from (`stats rebuild`): keyset pages on the
 * (workspace_id, created_at) index, so the millionth job costs what the first did.
 */
@Injectable()
export class JobHistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(query: JobHistoryQuery): Promise<JobHistoryPage> {
    const limit = Math.min(Math.max(Math.trunc(query.limit) || 1, 1), MAX_PAGE);
    const after = query.after ? cursorOf(query.after) : null;
    const rows = await this.dataSource.query<HistoryRow[]>(
      `SELECT id, workspace_id, created_at::text AS created_at_text FROM ingestion.jobs
        WHERE ($1::text IS NULL OR workspace_id = $1)
          AND ($2::text IS NULL OR (workspace_id, created_at, id) > ($2, $3::timestamptz, $4))
        ORDER BY workspace_id, created_at, id LIMIT $5`,
      [query.workspaceId ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
    );
    if (rows.length === 0) return { jobs: [], next: null };
    const jobs = await this.dataSource.getRepository(JobEntity).findBy({ id: In(rows.map((row) => row.id)) });
    const calls = await this.dataSource.getRepository(CallEntity).findBy({ id: In(jobs.map((job) => job.callId)) });
    const jobById = new Map(jobs.map((job) => [job.id, job]));
    const callById = new Map(calls.map((call) => [call.id, call]));
    const entries = rows.flatMap((row): JobHistoryEntry[] => {
      const job = jobById.get(row.id);
      const call = job && callById.get(job.callId);
      return job && call ? [entryOf(job, call)] : [];
    });
    const last = rows[rows.length - 1];
    return {
      jobs: entries,
      next:
        rows.length < limit
          ? null
          : Buffer.from(JSON.stringify([last.workspace_id, last.created_at_text, last.id])).toString('base64url'),
    };
  }
}

function entryOf(job: JobEntity, call: CallEntity): JobHistoryEntry {
  return {
    workspaceId: job.workspaceId,
    job: jobRefOf(call, job),
    status: job.status,
    completedAt: job.completedAt?.toISOString() ?? null,
    stages: stageTimesOf(job),
  };
}

function cursorOf(after: string): [string, string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')) {
      return value as [string, string, string];
    }
  } catch {
    // a cursor that does not parse is refused below
  }
  throw new DomainError(ErrorCodes.validationFailed, 'after is not a cursor this query returned');
}
