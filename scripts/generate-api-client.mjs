#!/usr/bin/env node
// Writes libs/api-client/src/schema.ts, the TypeScript types of openapi.json (openapi-typescript), formatted as the
// project formats code. `--stdout` prints it instead, for the test that fails when the committed one is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url);
const source = new URL('openapi.json', root);
const target = fileURLToPath(new URL('libs/api-client/src/schema.ts', root));
const header = '// Generated from openapi.json by `npm run openapi` (openapi-typescript): do not edit.\n\n';

const document = JSON.parse(await readFile(source, 'utf8'));
// A default is what the server assumes when a field is left out, so it must not make the field required.
const types = astToString(await openapiTS(document, { defaultNonNullable: false }));
const options = { ...(await prettier.resolveConfig(target)), filepath: target };
const text = await prettier.format(header + types, options);

if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
