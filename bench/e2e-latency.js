#!/usr/bin/env node
// End-to-end latency of a transcript call across the six services as separate processes, on the
// machine's PostgreSQL and NATS JetStream: from the 202 to the job being completed (webhook
// delivered to a loopback receiver). Usage: node bench/e2e-latency.js [calls=50] [parallel=5]
const { spawn, execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const http = require('node:http');
const { createServer } = require('node:net');
const { join } = require('node:path');
const { Client } = require('pg');
const { connect } = require('nats');

const CALLS = Number(process.argv[2] ?? 50);
const PARALLEL = Number(process.argv[3] ?? 5);
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
const SERVICES = ['ingestion', 'transcription', 'scoring', 'webhook', 'stats', 'gateway'];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function json(method, url, key, body) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

async function main() {
  const namespace = `csbench-${randomBytes(3).toString('hex')}`;
  const database = `cs_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const key = execFileSync(process.execPath, [join(__dirname, '..', 'dist/apps/cli/main.js'), 'keys', 'generate'])
    .toString()
    .trim();
  const delivered = new Map();
  const receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      delivered.set(JSON.parse(body).data.job_id, Date.now());
      response.end('ok');
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const children = [];
  let gatewayPort;
  try {
    for (const service of SERVICES) {
      const port = await freePort();
      if (service === 'gateway') gatewayPort = port;
      const env = {
        PATH: process.env.PATH,
        DATABASE_URL: url.toString(),
        NATS_URL,
        CALLSIGHT_NAMESPACE: namespace,
        PORT: String(port),
        CALLSIGHT_BOOTSTRAP_API_KEY: key,
        CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
        CALLSIGHT_WEBHOOK_POLL_MS: '200',
        CALLSIGHT_RATE_LIMIT_PER_MINUTE: '100000',
        LOG_LEVEL: 'warn',
      };
      children.push(
        spawn(process.execPath, [join(__dirname, '..', `dist/apps/${service}/main.js`)], { env, stdio: 'ignore' }),
      );
      for (let tries = 0; ; tries += 1) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) break;
        } catch {
          // not listening yet
        }
        if (tries > 300) throw new Error(`${service} did not start`);
        await sleep(100);
      }
    }
    const api = `http://127.0.0.1:${gatewayPort}`;
    const workspaceId = (await json('GET', `${api}/api/v1/auth/whoami`, key)).body.workspace_id;
    await json('PATCH', `${api}/api/v1/config/workspaces/${workspaceId}/webhooks`, key, {
      url: `http://127.0.0.1:${receiver.address().port}/hook`,
    });
    const latencies = [];
    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < CALLS) {
          next += 1;
          const sent = Date.now();
          const { body } = await json('POST', `${api}/api/v1/calls/transcript`, key, {
            transcript: 'Rep: Thanks for joining the demo today.\nCustomer: Happy to be here, thanks.',
          });
          while (!delivered.has(body.job_id)) await sleep(5);
          latencies.push(delivered.get(body.job_id) - sent);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(
      JSON.stringify(
        {
          calls: CALLS,
          parallel: PARALLEL,
          throughputPerSecond: +(CALLS / seconds).toFixed(1),
          submitToWebhookMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) },
        },
        null,
        2,
      ),
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await sleep(1500);
    receiver.close();
    const nc = await connect({ servers: NATS_URL });
    await (
      await nc.jetstreamManager()
    ).streams
      .delete(`${namespace.toUpperCase().replace(/-/g, '_')}_EVENTS`)
      .catch(() => undefined);
    await nc.close();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
