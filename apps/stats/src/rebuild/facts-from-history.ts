import { AlgorithmRunResult, JobHistoryEntry } from '@callsight/contracts';
import { algorithmResultsOf, outcomeOf } from '../rollups/algorithm-results';
import { CountedStatus, firstFacts, JobFacts, stageMsOf } from '../rollups/job-facts';

const COUNTED_STATUS: Record<JobHistoryEntry['status'], CountedStatus> = {
  queued: 'in_progress',
  transcribing: 'in_progress',
  analyzing: 'in_progress',
  delivering: 'in_progress',
  completed: 'completed',
  failed: 'failed',
  skipped: 'skipped',
};

/**
 * A job's facts as its events would have left them, from where ingestion says it stands now and the
 * runs scoring announced for its newest analysed attempt: the rebuild's half of the equivalence test.
 */
export function factsFromHistory(
  entry: JobHistoryEntry,
  analysis: { attempt: number; runs: AlgorithmRunResult[] } | undefined,
): JobFacts {
  const status = COUNTED_STATUS[entry.status];
  const facts: JobFacts = {
    ...firstFacts(entry.workspaceId, entry.job),
    status,
    stageMs:
      status === 'completed' && entry.completedAt
        ? stageMsOf(entry.job, { job: entry.job, completedAt: entry.completedAt, stages: entry.stages })
        : null,
  };
  if (!analysis) return facts;
  return {
    ...facts,
    analysisAttempt: analysis.attempt,
    outcome: outcomeOf(analysis.runs),
    results: algorithmResultsOf(analysis.runs),
  };
}
