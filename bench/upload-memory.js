#!/usr/bin/env node
// Measures the memory of the whole Callsight process (standalone, on the machine's PostgreSQL) while
// a large recording is uploaded to POST /api/v1/calls/audio-file, to show uploads are streamed and
// not buffered. Usage: node bench/upload-memory.js [sizeMB=150]
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const http = require('node:http');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');

const SIZE_MB = Number(process.argv[2] ?? 150);
const ADMIN_URL = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function main() {
  const database = `cs_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const storageDir = mkdtempSync(join(tmpdir(), 'callsight-bench-'));
  const port = await freePort();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist/apps/standalone/main.js')], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      CALLSIGHT_STORAGE_DIR: storageDir,
      CALLSIGHT_DATA_DIR: storageDir,
      CALLSIGHT_UPLOAD_MAX_BYTES: String((SIZE_MB + 10) * 1024 * 1024),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const key = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /cs_live_[0-9A-Za-z]{38}/.exec(output);
      if (match && output.includes('Try it:')) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`standalone exited with ${code}`)));
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const baseline = rssMb(child.pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(child.pid))), 25);
    const boundary = `----callsight${randomBytes(8).toString('hex')}`;
    const started = process.hrtime.bigint();
    const status = await new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/calls/audio-file',
          method: 'POST',
          headers: {
            authorization: `Bearer ${key}`,
            'content-type': `multipart/form-data; boundary=${boundary}`,
            'transfer-encoding': 'chunked',
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode));
        },
      );
      request.on('error', reject);
      request.write(`--${boundary}\r\nContent-Disposition: form-data; name="source_call_id"\r\n\r\nbench\r\n`);
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
      );
      request.write(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]));
      const chunk = randomBytes(1024 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < SIZE_MB) {
          sent += 1;
          if (!request.write(chunk)) return request.once('drain', pump);
        }
        request.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    const result = {
      uploadMb: SIZE_MB,
      status,
      seconds: Number(seconds.toFixed(2)),
      throughputMbPerSecond: Number((SIZE_MB / seconds).toFixed(1)),
      rssBaselineMb: Number(baseline.toFixed(1)),
      rssPeakMb: Number(peak.toFixed(1)),
      rssGrowthMb: Number((peak - baseline).toFixed(1)),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
