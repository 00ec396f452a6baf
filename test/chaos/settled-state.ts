import { connect } from 'nats';
import { Client } from 'pg';

const SCHEMAS_WITH_OUTBOX = ['gateway', 'ingestion', 'transcription', 'scoring', 'webhook', 'stats'];

export interface JobRow {
  id: string;
  status: string;
  attempt: number;
  status_reason: string | null;
}

/** Everything the suite checks afterwards, read straight from each service's schema. */
export interface SettledState {
  jobs: Map<string, JobRow>;
  /** Pipeline runs of each job's final attempt: job id → algorithm id → how many runs. */
  runs: Map<string, Map<string, number>>;
  /** job.completed deliveries per job. */
  resultDeliveries: Map<string, number>;
  idempotencyKeys: number;
  statsJobStates: number;
  rollups: { created: number; completed: number; failed: number; skipped: number };
}

export async function readSettledState(databaseUrl: string): Promise<SettledState> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const jobs = await db.query<JobRow>('SELECT id, status, attempt, status_reason FROM ingestion.jobs');
    const runs = await db.query<{ job_id: string; algorithm_id: string; runs: number }>(
      `SELECT r.job_id, r.algorithm_id, count(*)::int AS runs FROM scoring.algorithm_runs r
         JOIN ingestion.jobs j ON j.id = r.job_id AND j.attempt = r.job_attempt
        WHERE r.trigger = 'pipeline' GROUP BY r.job_id, r.algorithm_id`,
    );
    const deliveries = await db.query<{ job_id: string; deliveries: number }>(
      `SELECT job_id, count(*)::int AS deliveries FROM webhook.deliveries WHERE payload_type = 'job.completed' GROUP BY job_id`,
    );
    const [keys] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ingestion.idempotency_keys')).rows;
    const [states] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM stats.job_facts')).rows;
    const [rollups] = (
      await db.query<SettledState['rollups']>(
        `SELECT COALESCE(sum(created), 0)::int AS created, COALESCE(sum(completed), 0)::int AS completed,
                COALESCE(sum(failed), 0)::int AS failed, COALESCE(sum(skipped), 0)::int AS skipped
           FROM stats.rollups WHERE period = 'day' AND dimension = 'all'`,
      )
    ).rows;
    return {
      jobs: new Map(jobs.rows.map((row) => [row.id, row])),
      runs: groupRuns(runs.rows),
      resultDeliveries: new Map(deliveries.rows.map((row) => [row.job_id, row.deliveries])),
      idempotencyKeys: keys.n,
      statsJobStates: states.n,
      rollups,
    };
  } finally {
    await db.end();
  }
}

function groupRuns(rows: { job_id: string; algorithm_id: string; runs: number }[]): Map<string, Map<string, number>> {
  const runs = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const ofJob = runs.get(row.job_id) ?? new Map<string, number>();
    ofJob.set(row.algorithm_id, row.runs);
    runs.set(row.job_id, ofJob);
  }
  return runs;
}

/**
 * What is still moving: jobs not yet finished, deliveries pending, outbox rows not yet published, and
 * events JetStream has not had acknowledged. Quiescent when all are zero.
 */
export async function inFlight(databaseUrl: string, natsUrl: string, stream: string): Promise<Record<string, number>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const counts: Record<string, number> = {};
  try {
    const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;
    counts.unfinishedJobs = await count(
      "SELECT count(*)::int AS n FROM ingestion.jobs WHERE status NOT IN ('completed', 'failed', 'skipped')",
    );
    counts.pendingDeliveries = await count(
      "SELECT count(*)::int AS n FROM webhook.deliveries WHERE status = 'pending'",
    );
    counts.unpublished = 0;
    for (const schema of SCHEMAS_WITH_OUTBOX)
      counts.unpublished += await count(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE published_at IS NULL`);
  } finally {
    await db.end();
  }
  counts.unacknowledged = await unacknowledgedEvents(natsUrl, stream);
  return counts;
}

async function unacknowledgedEvents(natsUrl: string, stream: string): Promise<number> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    let total = 0;
    for await (const consumer of jsm.consumers.list(stream)) total += consumer.num_pending + consumer.num_ack_pending;
    return total;
  } finally {
    await nc.close();
  }
}

/**
 * When the run does not settle, what is stuck: each counter of `inFlight`, the consumers with messages
 * not yet acknowledged, and for a few unfinished jobs their log and their deliveries, so a failure
 * report says where to look.
 */
export async function stuckReport(databaseUrl: string, natsUrl: string, stream: string): Promise<string[]> {
  const lines = [`in flight: ${JSON.stringify(await inFlight(databaseUrl, natsUrl, stream))}`];
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    for await (const consumer of jsm.consumers.list(stream))
      if (consumer.num_pending + consumer.num_ack_pending > 0)
        lines.push(
          `consumer ${consumer.name}: pending ${consumer.num_pending}, ack pending ${consumer.num_ack_pending}, redelivered ${consumer.num_redelivered}`,
        );
  } finally {
    await nc.close();
  }
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const jobs = await db.query<{ id: string; status: string; attempt: number }>(
      "SELECT id, status, attempt FROM ingestion.jobs WHERE status NOT IN ('completed', 'failed', 'skipped') LIMIT 3",
    );
    for (const job of jobs.rows) {
      const events = await db.query<{ at: Date; event_type: string; to_status: string | null; message: string | null }>(
        'SELECT at, event_type, to_status, message FROM ingestion.job_events WHERE job_id = $1 ORDER BY at, id',
        [job.id],
      );
      const deliveries = await db.query<{ status: string; attempts: number; payload_type: string }>(
        'SELECT status, attempts, payload_type FROM webhook.deliveries WHERE job_id = $1',
        [job.id],
      );
      const outbox = await db.query<{ schema: string; type: string; published: boolean }>(
        `SELECT 'scoring' AS schema, type, published_at IS NOT NULL AS published FROM scoring.outbox WHERE envelope::text LIKE '%' || $1 || '%'
         UNION ALL SELECT 'webhook', type, published_at IS NOT NULL FROM webhook.outbox WHERE envelope::text LIKE '%' || $1 || '%'
         UNION ALL SELECT 'transcription', type, published_at IS NOT NULL FROM transcription.outbox WHERE envelope::text LIKE '%' || $1 || '%'`,
        [job.id],
      );
      lines.push(`job ${job.id} (${job.status}, attempt ${job.attempt}):`);
      for (const event of events.rows)
        lines.push(
          `  ${event.at.toISOString()} ${event.event_type} → ${event.to_status ?? '-'} ${event.message ?? ''}`,
        );
      lines.push(`  deliveries: ${JSON.stringify(deliveries.rows)}`);
      lines.push(`  outbox: ${JSON.stringify(outbox.rows)}`);
    }
  } finally {
    await db.end();
  }
  return lines;
}
