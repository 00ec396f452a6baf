import { randomBytes } from 'node:crypto';
import { issueApiKey } from '@callsight/auth';
import { ApiClient } from '../support/api-client';
import { PrivateNats, PrivatePostgres } from '../support/private-services';
import { Cluster, startCluster } from '../support/service-processes';
import { waitFor } from '../support/wait-for';
import { WebhookReceiver } from '../support/webhook-receiver';
import { askAgain, CallOutcome, submitCalls } from './call-load';
import { BOOT_TIMEOUT_MS, FaultLog, faultRound } from './fault-rounds';
import { inFlight, readSettledState, stuckReport } from './settled-state';
import { Findings, StatsTotals, tally } from './tally';

const CALLS = 1_000;
const ROUNDS = 4;
/**
 * How long the cluster may take to finish once the faults are over. A message a service held when it
 * was killed comes back after JetStream's ack wait, one that met outages waits out a backoff of up to
 * 30 s, and each stage may pay that in turn; on a busy machine the tail passed a minute (two to five jobs
 * still delivering or analyzing at 60 s, nothing logged as failing, in runs whose calls took 80-90 s to be
 * answered instead of 65 s). This waits for nothing to move, not for speed; `stuckReport` says what is
 * still moving when it does not settle.
 */
const SETTLE_MS = 180_000;

/**
 * Issue 14's chaos run: six service processes on a PostgreSQL and a NATS of the test's own take 1,000 calls
 * while every service is SIGKILLed and restarted, NATS and PostgreSQL restart and the webhook receiver fails,
 * round after round. Afterwards nothing may be lost or doubled: one completed job per accepted call, one set
 * of runs, one webhook-id per event that reached the receiver, and stats that agree with the jobs.
 */
describe('chaos: crashes and restarts under load', () => {
  const namespace = `cschaos-${randomBytes(4).toString('hex')}`;
  const stream = `${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`;
  const apiKey = issueApiKey().key;
  let postgres: PrivatePostgres;
  let nats: PrivateNats;
  let receiver: WebhookReceiver;
  let cluster: Cluster;
  let api: ApiClient;

  beforeAll(async () => {
    [postgres, nats, receiver] = await Promise.all([
      PrivatePostgres.create(),
      PrivateNats.create(),
      WebhookReceiver.start(),
    ]);
    cluster = await startCluster(
      {
        PATH: process.env.PATH,
        DATABASE_URL: postgres.url,
        NATS_URL: nats.url,
        CALLSIGHT_NAMESPACE: namespace,
        CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
        CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
        CALLSIGHT_RATE_LIMIT_PER_MINUTE: '1000000',
        CALLSIGHT_SUBMIT_TIMEOUT_MS: '3000',
        CALLSIGHT_TRANSCRIPTION_JOBS_AT_ONCE: '8',
        // Enough retries to outlast a receiver outage of a few seconds.
        CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: '0.5,1,1,2,2,3,3,3',
        CALLSIGHT_WEBHOOK_POLL_MS: '200',
        CALLSIGHT_WEBHOOK_LEASE_MS: '3000',
        CALLSIGHT_WEBHOOK_DEFER_MAX_MS: '2000',
        // The watchdog at the scale of the run, so a silent job would be re-driven (and seen) within it.
        CALLSIGHT_JOB_SWEEP_INTERVAL_MS: '1000',
        CALLSIGHT_WATCHDOG_QUEUED_SECONDS: '30',
        CALLSIGHT_WATCHDOG_TRANSCRIBING_FLOOR_SECONDS: '30',
        CALLSIGHT_WATCHDOG_ANALYZING_SECONDS: '30',
        CALLSIGHT_WATCHDOG_DELIVERING_SECONDS: '30',
        LOG_LEVEL: 'warn',
      },
      namespace,
      BOOT_TIMEOUT_MS,
    );
    api = new ApiClient(cluster.gatewayUrl, apiKey);
    const { workspace_id } = (await api.get<{ workspace_id: string }>('/api/v1/auth/whoami')).body;
    const saved = await api.patch(`/api/v1/config/workspaces/${workspace_id}/webhooks`, { url: receiver.url });
    if (saved.status !== 200) throw new Error(`saving the webhook endpoint answered ${saved.status}: ${saved.text}`);
  });

  afterAll(async () => {
    await cluster?.stop();
    await receiver?.close();
    await nats?.destroy();
    postgres?.destroy();
  });

  it(`accepts ${CALLS} calls through ${ROUNDS} fault rounds and loses or doubles none of them`, async () => {
    const log = new FaultLog();
    const targets = { services: cluster.services, nats, postgres, receiver };
    const faults = (async () => {
      for (let round = 1; round <= ROUNDS; round += 1) {
        log.push(`round ${round}`);
        await faultRound(targets, log, round);
      }
    })();
    const client = {
      gatewayUrl: cluster.gatewayUrl,
      apiKey,
      calls: CALLS,
      spreadMs: 50_000,
      concurrency: 16,
      retryForMs: 15_000,
    };
    const [outcomes] = await Promise.all([submitCalls(client), faults]);
    log.push('all calls answered, faults over');
    log.push(`asked again about ${await askAgain(client, outcomes)} calls without a job`);

    const quiet = await waitFor(
      async () => {
        const moving = await inFlight(postgres.url, nats.url, stream);
        return Object.values(moving).every((n) => n === 0) ? moving : undefined;
      },
      'the cluster to settle',
      SETTLE_MS,
      1_000,
    ).catch((error: Error) => error);
    log.push(quiet instanceof Error ? `NOT SETTLED: ${quiet.message}` : 'settled');
    if (quiet instanceof Error) for (const line of await stuckReport(postgres.url, nats.url, stream)) log.push(line);

    const findings = tally(outcomes, await readSettledState(postgres.url), receiver.received, await statsTotals());
    console.log(report(outcomes, findings, log));
    expect(quiet).not.toBeInstanceOf(Error);
    expect(findings.problems).toEqual([]);
  }, 500_000);

  const statsTotals = async (): Promise<StatsTotals> =>
    (
      await waitFor(async () => {
        const answer = await api.get<{ jobs: StatsTotals }>('/api/v1/stats');
        return answer.status === 200 ? answer.body : undefined;
      }, 'the stats API')
    ).jobs;
});

function report(outcomes: Map<number, CallOutcome>, findings: Findings, log: FaultLog): string {
  const rows = Object.entries(findings.counts).map(([what, n]) => `  ${what.padEnd(40)} ${String(n).padStart(7)}`);
  return [
    `chaos run: ${outcomes.size} calls`,
    ...rows,
    'timeline:',
    ...log.lines.map((line) => `  ${line}`),
    ...(findings.problems.length ? ['problems:', ...findings.problems.slice(0, 30).map((p) => `  ${p}`)] : []),
  ].join('\n');
}
