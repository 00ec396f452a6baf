import type { AlgorithmRunResult, JobRef, JobStageTimes } from '../events/job-events';
import type { JobStatus } from '../dto/jobs.dto';

/**
 * `ingestion.q.job-history`: every job as ingestion knows it now, a page at a time in (workspace,
 * created_at, id) order, for recomputing statistics. A system query: it spans workspaces unless
 * `workspaceId` names one.
 */
export interface JobHistoryQuery {
  workspaceId?: string | null;
  /** The `next` of the page before; absent for the first page. */
  after?: string | null;
  limit: number;
}

export interface JobHistoryEntry {
  workspaceId: string;
  job: JobRef;
  status: JobStatus;
  completedAt: string | null;
  stages: JobStageTimes;
}

export interface JobHistoryPage {
  jobs: JobHistoryEntry[];
  /** Where the next page starts; null after the last. */
  next: string | null;
}

/** `scoring.q.pipeline-results`: each job's newest pipeline analysis, as scoring.completed carried it. */
export interface PipelineResultsQuery {
  jobIds: string[];
}

export interface PipelineResults {
  /** Jobs with pipeline runs among the first `answered` asked for; ask again for the rest. */
  jobs: { jobId: string; attempt: number; runs: AlgorithmRunResult[] }[];
  answered: number;
}

/** `stats.cmd.rebuild`: recompute facts and rollups from ingestion's and scoring's history. */
export interface StatsRebuildCommand {
  workspaceId?: string | null;
}

export interface StatsRebuildResult {
  workspaces: number;
  jobs: number;
  milliseconds: number;
}
