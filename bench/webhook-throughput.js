#!/usr/bin/env node
// Webhook deliveries per second, with the real webhook module (claim, lease, sealed secrets, signing,
// HTTP, outcome) in one process on a fresh database of the machine's PostgreSQL, to loopback receivers.
// Run 1 (the baseline): N deliveries to one fast endpoint. Run 2, same process: N more to the fast
// endpoint while a slow endpoint (each answer after SLOW_MS) has a backlog of its own. A delivery is
// counted when the receiver has answered it and its row says delivered.
// Usage: node bench/webhook-throughput.js [deliveries=1000] [slowBacklog=100] [slowMs=2000]
require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const http = require('node:http');
const { join } = require('node:path');
const { Client } = require('pg');

const N = Number(process.argv[2] ?? 1000);
const SLOW_BACKLOG = Number(process.argv[3] ?? 100);
const SLOW_MS = Number(process.argv[4] ?? 2000);
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dist = (path) => require(join(__dirname, '..', 'dist', path));

function receiver(delayMs) {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => setTimeout(() => response.end('ok'), delayMs));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const urlOf = (server) => `http://127.0.0.1:${server.address().port}/hooks`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Notices (payload type job.failed) to one endpoint: the full send path, no job outcome to settle. */
async function enqueue(db, workspaceId, endpointId, url, count, label) {
  const job = { jobId: 'job_bench', callId: 'call_bench', attempt: 1 };
  await db.query(
    `INSERT INTO webhook.deliveries (id, workspace_id, job_id, job, source_event_id, endpoint_id, payload_type, url, payload,
                                     status, attempts, next_attempt_at, created_at, updated_at)
     SELECT 'dlv_' || $5 || lpad(n::text, 26 - length($5), '0'), $1, 'job_bench', $2::jsonb, 'evt_' || $5 || n, $3, 'job.failed', $4,
            json_build_object('type', 'job.failed', 'timestamp', now(), 'data', json_build_object('n', n, 'reason', repeat('x', 400))),
            'pending', 0, now(), now(), now()
       FROM generate_series(1, $6) AS n`,
    [workspaceId, JSON.stringify(job), endpointId, url, label, count],
  );
}

async function delivered(db, endpointId) {
  const { rows } = await db.query(
    "SELECT count(*)::int AS n FROM webhook.deliveries WHERE endpoint_id = $1 AND status = 'delivered'",
    [endpointId],
  );
  return rows[0].n;
}

async function timeUntil(db, endpointId, target) {
  const started = performance.now();
  while ((await delivered(db, endpointId)) < target) await sleep(20);
  return (performance.now() - started) / 1000;
}

async function main() {
  const { startCallsightStack } = dist('apps/standalone/src/callsight-stack');
  const { issueApiKey } = dist('libs/auth/src');
  const name = `cs_benchhooks_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const apiKey = issueApiKey().key;
  const [fast, slow] = await Promise.all([receiver(0), receiver(SLOW_MS)]);
  const stack = await startCallsightStack({
    databaseUrl: url.toString(),
    bus: { kind: 'in-process' },
    port: 0,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      CALLSIGHT_WEBHOOK_POLL_MS: '50',
    },
  });
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  const api = async (method, path, body) => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return response.json();
  };
  try {
    const { workspace_id: workspaceId } = await api('GET', '/api/v1/auth/whoami');
    const fastEndpoint = await api('POST', '/api/v1/webhooks/endpoints', { url: urlOf(fast) });
    const slowEndpoint = await api('POST', '/api/v1/webhooks/endpoints', { url: urlOf(slow) });

    // Warm-up (JIT, connection pools, the receiver's keep-alive sockets), not counted.
    const warmUp = Math.ceil(N / 5);
    await enqueue(db, workspaceId, fastEndpoint.id, urlOf(fast), warmUp, 'w');
    await timeUntil(db, fastEndpoint.id, warmUp);

    await enqueue(db, workspaceId, fastEndpoint.id, urlOf(fast), N, 'a');
    const alone = await timeUntil(db, fastEndpoint.id, warmUp + N);

    await enqueue(db, workspaceId, slowEndpoint.id, urlOf(slow), SLOW_BACKLOG, 's');
    await sleep(200);
    await enqueue(db, workspaceId, fastEndpoint.id, urlOf(fast), N, 'b');
    const beside = await timeUntil(db, fastEndpoint.id, warmUp + 2 * N);
    const slowDone = await delivered(db, slowEndpoint.id);

    console.log(
      JSON.stringify(
        {
          node: process.version,
          deliveries: N,
          fast_alone: { seconds: +alone.toFixed(2), per_second: Math.round(N / alone) },
          fast_beside_slow: {
            seconds: +beside.toFixed(2),
            per_second: Math.round(N / beside),
            slow_backlog: SLOW_BACKLOG,
            slow_answer_ms: SLOW_MS,
            slow_delivered_meanwhile: slowDone,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await db.end();
    await stack.close();
    fast.close();
    slow.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
