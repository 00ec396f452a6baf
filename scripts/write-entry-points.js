#!/usr/bin/env node
// Gives every application the entry point `node dist/apps/<app>/main.js`, as a Nest CLI monorepo
// has it; tsc keeps the source layout, so the compiled code itself lives under dist/apps/<app>/src/.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const { projects } = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
for (const [name, project] of Object.entries(projects)) {
  if (project.type !== 'application') continue;
  writeFileSync(join(root, 'dist', 'apps', name, 'main.js'), `'use strict';\nrequire('./src/main');\n`);
}
