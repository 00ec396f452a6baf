#!/usr/bin/env node
// Latency of every stats route on a workspace holding JOBS jobs over two years, through the real gateway
// (HTTP, auth, validation, the bus to the stats module, PostgreSQL), in one process on a fresh database
// of the machine's PostgreSQL.
// Seeding uses the documented bulk path: each job's facts are made as the event path would leave them
// (status, stage times, durations, outcome, algorithm results, zone) and written with the stats module's
// own repository, and the rollups are the same RollupSum of the same contributions (test/stats/rebuild.spec.ts
// shows that sum equals what the events leave).
// Cold: the first request of each route on a stack started after seeding (new connections, no cached
// plans; PostgreSQL's shared buffers are the machine's and stay warm). Warm: REPEAT more, p50 and p95.
// Baselines in the same run: GET /api/v1/health (the HTTP and bus floor) and the same routes asked in
// another zone, which reads every job of the range from job_facts instead of the rollups.
// Usage: node bench/stats.js [jobs=1000000] [repeat=40]
require('reflect-metadata');
const { randomBytes } = require('node:crypto');
const { join } = require('node:path');
const { Client } = require('pg');

const JOBS = Number(process.argv[2] ?? 1_000_000);
const REPEAT = Number(process.argv[3] ?? 40);
const ZONE = 'America/New_York';
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dist = (path) => require(join(__dirname, '..', 'dist', path));

/** Seeded, so two runs seed the same workspace. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const pick = (next, weighted) => {
  let roll = next() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return weighted[weighted.length - 1][0];
};

const OUTCOMES = [
  ['resolved', 40],
  ['appointment_booked', 25],
  ['follow_up', 15],
  ['no_resolution', 10],
  ['voicemail', 10],
];
const START = Date.UTC(2024, 11, 1);
const SPAN_MS = 730 * 86_400_000;

/** One job's facts as its events would leave them: mostly completed calls with a few minutes of audio. */
function factsOf(index, next, workspaceId) {
  const createdAt = new Date(START + Math.floor(next() * SPAN_MS));
  const status = pick(next, [
    ['completed', 950],
    ['failed', 30],
    ['skipped', 10],
    ['in_progress', 10],
  ]);
  const audio = Math.round(Math.exp(4.5 + next() * 1.6) * 10) / 10;
  const analysed = status === 'completed' || (status === 'failed' && next() < 0.5);
  const outcome = analysed ? pick(next, OUTCOMES) : '';
  const stage = (base) => Math.round(base * (0.5 + next() * 1.5));
  const stageMs =
    status === 'completed'
      ? { queued: stage(150), transcription: stage(audio * 120), analysis: stage(900), delivery: stage(250) }
      : null;
  if (stageMs) stageMs.total = stageMs.queued + stageMs.transcription + stageMs.analysis + stageMs.delivery;
  const results = analysed
    ? [
        `appointment:${outcome === 'appointment_booked' ? 'booked' : 'none'}`,
        `emergency:${next() < 0.03 ? 'detected' : 'none'}`,
        `missed_call:${outcome === 'voicemail' ? 'missed' : 'answered'}`,
        `outcome:${outcome}`,
        `sentiment:${pick(next, [
          ['positive', 5],
          ['neutral', 3],
          ['negative', 2],
        ])}`,
      ].sort()
    : [];
  return {
    jobId: `job_bench${String(index).padStart(17, '0')}`,
    workspaceId,
    attempt: next() < 0.02 ? 2 : 1,
    status,
    createdAt: createdAt.toISOString(),
    zone: ZONE,
    organizationId: `org-${Math.floor(Math.pow(next(), 2) * 25)}`,
    direction: next() < 0.7 ? 'inbound' : 'outbound',
    durationSeconds: audio,
    audioSeconds: analysed ? audio : null,
    stageMs,
    analysisAttempt: analysed ? 1 : 0,
    outcome,
    results,
  };
}

async function seed(dataSource, workspaceId) {
  const { RollupsRepository } = dist('apps/stats/src/rollups/rollups.repository');
  const { RollupSum, localDay } = dist('apps/stats/src/rollups/rollup-rows');
  const repository = new RollupsRepository();
  const next = random(20261208);
  const sum = new RollupSum();
  let first = '9999-12-31';
  let last = '0000-01-01';
  const started = performance.now();
  for (let offset = 0; offset < JOBS; offset += 10_000) {
    const page = [];
    for (let index = offset; index < Math.min(JOBS, offset + 10_000); index += 1) {
      const facts = factsOf(index, next, workspaceId);
      page.push(facts);
      sum.add(facts);
      const day = localDay(facts.createdAt, ZONE);
      if (day < first) first = day;
      if (day > last) last = day;
    }
    await dataSource.transaction((manager) => repository.insertFacts(manager, workspaceId, page));
  }
  const rows = sum.changedRows();
  await dataSource.transaction(async (manager) => {
    await repository.addToRollups(manager, workspaceId, rows);
    await repository.coverDay(manager, workspaceId, ZONE, first);
    await repository.coverDay(manager, workspaceId, ZONE, last);
  });
  await dataSource.query('ANALYZE stats.job_facts');
  await dataSource.query('ANALYZE stats.rollups');
  return { seconds: +((performance.now() - started) / 1000).toFixed(1), rollupRows: rows.length, first, last };
}

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function measure(url, apiKey, path) {
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return performance.now() - started;
  };
  const cold = await once();
  const warm = [];
  for (let n = 0; n < REPEAT; n += 1) warm.push(await once());
  warm.sort((a, b) => a - b);
  const ms = (value) => +value.toFixed(1);
  return { cold_ms: ms(cold), p50_ms: ms(percentile(warm, 0.5)), p95_ms: ms(percentile(warm, 0.95)) };
}

async function main() {
  const { startCallsightStack } = dist('apps/standalone/src/callsight-stack');
  const { issueApiKey } = dist('libs/auth/src');
  const { openServiceDataSource } = dist('libs/persistence/src');
  const { STATS_SCHEMA } = dist('apps/stats/src/stats.module');
  const name = `cs_benchstats_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const apiKey = issueApiKey().key;
  const start = () =>
    startCallsightStack({
      databaseUrl: url.toString(),
      bus: { kind: 'in-process' },
      port: 0,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
        CALLSIGHT_RATE_LIMIT_PER_MINUTE: '100000',
      },
    });
  let stack = await start();
  try {
    const whoami = await (
      await fetch(`${stack.url}/api/v1/auth/whoami`, { headers: { authorization: `Bearer ${apiKey}` } })
    ).json();
    const dataSource = await openServiceDataSource(url.toString(), STATS_SCHEMA, 'bench-stats-seed');
    const seeded = await seed(dataSource, whoami.workspace_id);
    await dataSource.destroy();
    await stack.close();
    stack = await start();

    const year = 'from=2025-03-01&to=2026-02-28';
    const routes = {
      'GET /api/v1/health (floor)': '/api/v1/health',
      'GET /stats (all)': '/api/v1/stats',
      'GET /stats (one year)': `/api/v1/stats?${year}`,
      'GET /stats/daily (one year)': `/api/v1/stats/daily?${year}`,
      'GET /stats/daily (two years)': `/api/v1/stats/daily?from=${seeded.first}&to=${seeded.last}`,
      'GET /stats/duration-distribution (all)': '/api/v1/stats/duration-distribution?buckets=30,60,120,300,600,1800',
      'GET /stats/by-organization (one year)': `/api/v1/stats/by-organization?${year}`,
      'GET /stats/trends (30 days)': '/api/v1/stats/trends?to=2026-11-30',
      'GET /stats/trends (one year)': `/api/v1/stats/trends?${year}`,
      'GET /stats (30 days, other zone: facts)': '/api/v1/stats?from=2026-11-01&to=2026-11-30&tz=UTC',
      'GET /stats/daily (one year, other zone: facts)': `/api/v1/stats/daily?${year}&tz=UTC`,
      'GET /stats (all, other zone: facts)': '/api/v1/stats?tz=UTC',
    };
    const results = {};
    for (const [label, path] of Object.entries(routes)) results[label] = await measure(stack.url, apiKey, path);
    console.log(
      JSON.stringify(
        { node: process.version, jobs: JOBS, zone: ZONE, repeat: REPEAT, seed: seeded, routes: results },
        null,
        2,
      ),
    );
  } finally {
    await stack.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
