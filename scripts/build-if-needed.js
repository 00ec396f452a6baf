#!/usr/bin/env node
// Builds dist/ when it is missing or older than any source file, so `npm start` works on a fresh clone.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const marker = join(root, 'dist', 'apps', 'standalone', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['apps', 'libs'].map((dir) => newestSource(join(root, dir)));
const configs = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map(
  (file) => statSync(join(root, file)).mtimeMs,
);
const stale = !existsSync(marker) || Math.max(...sources, ...configs) > statSync(marker).mtimeMs;
if (stale) {
  console.log('Building Callsight…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
