#!/usr/bin/env node
// Regenerates docs/database-schema.sql from the migrations, in a scratch database it creates and drops.
const { execFileSync, execSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');

const root = join(__dirname, '..');
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function main() {
  execSync('node scripts/build-if-needed.js', { cwd: root, stdio: 'inherit' });
  const name = `cs_schema_dump_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dump = execFileSync(process.execPath, ['dist/apps/cli/main.js', 'schema-dump'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    writeFileSync(join(root, 'docs', 'database-schema.sql'), dump);
    console.log('wrote docs/database-schema.sql');
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
