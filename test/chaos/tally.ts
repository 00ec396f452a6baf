import type { ReceivedWebhook } from '../support/webhook-receiver';
import type { CallOutcome } from './call-load';
import type { SettledState } from './settled-state';

export interface StatsTotals {
  total: number;
  in_progress: number;
  completed: number;
  failed: number;
  skipped: number;
}

export interface Findings {
  counts: Record<string, number>;
  /** One line per thing lost, doubled or miscounted; empty when the run is clean. */
  problems: string[];
}

interface Receipt {
  jobId: string;
  type: string;
  webhookId: string;
  delivered: boolean;
}

const receiptOf = (hook: ReceivedWebhook): Receipt => {
  const payload = JSON.parse(hook.body) as { type: string; data: { job_id: string } };
  return {
    jobId: payload.data.job_id,
    type: payload.type,
    webhookId: String(hook.headers['webhook-id']),
    delivered: hook.status >= 200 && hook.status < 300,
  };
};

/** Compares what the client was told with what every service holds once the cluster is quiet. */
export function tally(
  outcomes: Map<number, CallOutcome>,
  state: SettledState,
  received: ReceivedWebhook[],
  stats: StatsTotals,
): Findings {
  const problems: string[] = [];
  const all = [...outcomes.values()];
  const accepted = all.flatMap((outcome) => (outcome.kind === 'accepted' ? [outcome.jobId] : []));
  const inDoubt = all.flatMap((outcome) => (outcome.kind === 'in-doubt' ? [outcome.jobId] : []));
  const known = new Set([...accepted, ...inDoubt]);
  if (new Set(accepted).size !== accepted.length) problems.push('two accepted calls were answered with one job id');
  for (const jobId of accepted) if (!state.jobs.has(jobId)) problems.push(`accepted ${jobId} has no job`);
  for (const jobId of state.jobs.keys()) if (!known.has(jobId)) problems.push(`job ${jobId} answers no call`);

  const jobs = [...state.jobs.values()];
  for (const job of jobs)
    if (job.status !== 'completed') problems.push(`job ${job.id} ended ${job.status}: ${job.status_reason ?? ''}`);
  problems.push(...runProblems(state));
  for (const job of jobs) {
    const deliveries = state.resultDeliveries.get(job.id) ?? 0;
    if (deliveries !== 1) problems.push(`job ${job.id} has ${deliveries} result deliveries`);
  }
  const receipts = received.map(receiptOf);
  problems.push(
    ...receiptProblems(
      receipts,
      jobs.map((job) => job.id),
    ),
  );

  const completed = jobs.filter((job) => job.status === 'completed').length;
  const failed = jobs.filter((job) => job.status === 'failed').length;
  const expected = { total: jobs.length, in_progress: 0, completed, failed, skipped: 0 };
  if (JSON.stringify(pick(stats)) !== JSON.stringify(expected))
    problems.push(`stats API says ${JSON.stringify(pick(stats))}, jobs say ${JSON.stringify(expected)}`);
  const rollups = { created: jobs.length, completed, failed, skipped: 0 };
  if (JSON.stringify(state.rollups) !== JSON.stringify(rollups))
    problems.push(`stats rollups hold ${JSON.stringify(state.rollups)}, jobs say ${JSON.stringify(rollups)}`);
  if (state.statsJobStates !== jobs.length)
    problems.push(`stats knows ${state.statsJobStates} jobs, ingestion ${jobs.length}`);

  return {
    counts: {
      'calls submitted': outcomes.size,
      'accepted (2xx)': accepted.length,
      'in doubt (503 naming a job)': inDoubt.length,
      'in doubt, job exists': inDoubt.filter((jobId) => state.jobs.has(jobId)).length,
      'refused (no job named)': all.filter((outcome) => outcome.kind === 'refused').length,
      'calls asked more than once': all.filter((outcome) => outcome.tries > 1).length,
      'idempotency keys stored': state.idempotencyKeys,
      jobs: jobs.length,
      'jobs completed': completed,
      'jobs failed': failed,
      'jobs with one run per algorithm': [...state.runs.values()].filter((runs) =>
        [...runs.values()].every((n) => n === 1),
      ).length,
      'pipeline runs (final attempts)': [...state.runs.values()].reduce((sum, runs) => sum + sum0(runs), 0),
      'result deliveries': [...state.resultDeliveries.values()].reduce((sum, n) => sum + n, 0),
      'webhook requests received': receipts.length,
      'webhook requests answered 2xx': receipts.filter((receipt) => receipt.delivered).length,
      'distinct webhook-ids': new Set(receipts.map((receipt) => receipt.webhookId)).size,
      'stats API total': stats.total,
      'stats API completed': stats.completed,
      'stats rollups created': state.rollups.created,
      'stats job states': state.statsJobStates,
    },
    problems,
  };
}

const sum0 = (runs: Map<string, number>): number => [...runs.values()].reduce((sum, n) => sum + n, 0);

const pick = (stats: StatsTotals): StatsTotals => ({
  total: stats.total,
  in_progress: stats.in_progress,
  completed: stats.completed,
  failed: stats.failed,
  skipped: stats.skipped,
});

/** Every job's final attempt has one pipeline run of each algorithm the pipeline runs. */
function runProblems(state: SettledState): string[] {
  const algorithms = new Set([...state.runs.values()].flatMap((runs) => [...runs.keys()]));
  if (algorithms.size === 0) return ['no pipeline runs at all'];
  const problems: string[] = [];
  for (const job of state.jobs.values()) {
    const runs = state.runs.get(job.id) ?? new Map<string, number>();
    for (const algorithm of algorithms) {
      const n = runs.get(algorithm) ?? 0;
      if (n !== 1) problems.push(`job ${job.id} attempt ${job.attempt} has ${n} ${algorithm} runs`);
    }
  }
  return problems;
}

/** Each job's results went out under one webhook-id, and the receiver answered it 2xx at least once. */
function receiptProblems(receipts: Receipt[], jobIds: string[]): string[] {
  const byJob = new Map<string, Receipt[]>();
  for (const receipt of receipts.filter((r) => r.type === 'job.completed'))
    byJob.set(receipt.jobId, [...(byJob.get(receipt.jobId) ?? []), receipt]);
  const problems: string[] = [];
  for (const jobId of jobIds) {
    const ofJob = byJob.get(jobId) ?? [];
    const ids = new Set(ofJob.map((receipt) => receipt.webhookId));
    if (ids.size !== 1) problems.push(`job ${jobId} results came under ${ids.size} webhook-ids`);
    if (!ofJob.some((receipt) => receipt.delivered)) problems.push(`job ${jobId} results were never answered 2xx`);
  }
  return problems;
}
