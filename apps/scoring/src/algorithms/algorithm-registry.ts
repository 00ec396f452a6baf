import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ALGORITHM_KINDS, Algorithm } from './algorithm';
import { SchemaChecker } from './json-schema';

/** Folders under `algorithms/` that hold shared code rather than an algorithm. */
const NOT_ALGORITHMS = new Set(['text']);

const ID_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Each algorithm folder's `index` exports `algorithm`; the folder name is its id. */
export function loadAlgorithmFolders(directory: string): Algorithm[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_ALGORITHMS.has(entry.name))
    .filter((entry) => ['index.ts', 'index.js'].some((file) => existsSync(join(directory, entry.name, file))))
    .map((entry) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- plug-in folders are found at boot, not listed by hand
      const loaded = require(join(directory, entry.name)) as { algorithm?: Algorithm };
      if (!loaded.algorithm) throw new Error(`algorithms/${entry.name}/index exports no \`algorithm\``);
      if (loaded.algorithm.id !== entry.name.replace(/-/g, '_'))
        throw new Error(`algorithms/${entry.name} holds ${loaded.algorithm.id}; the folder must be named after the id`);
      return loaded.algorithm;
    });
}

/** Refuses a catalog that could not be planned: bad ids, unknown or circular dependencies, invalid schemas. */
export function checkCatalog(algorithms: readonly Algorithm[], schemas: SchemaChecker): void {
  const byId = new Map<string, Algorithm>();
  for (const algorithm of algorithms) {
    if (!ID_PATTERN.test(algorithm.id)) throw new Error(`algorithm id ${algorithm.id} is not snake_case`);
    if (byId.has(algorithm.id)) throw new Error(`two algorithms are named ${algorithm.id}`);
    if (!ALGORITHM_KINDS.includes(algorithm.kind)) throw new Error(`${algorithm.id} has no known kind`);
    if (!Number.isInteger(algorithm.version) || algorithm.version < 1)
      throw new Error(`${algorithm.id} needs a positive integer version`);
    schemas.compile(algorithm.variablesSchema);
    schemas.compile(algorithm.outputSchema);
    const defaults = schemas.withDefaultsApplied(algorithm.variablesSchema, {});
    if ('problems' in defaults) throw new Error(`${algorithm.id}'s variables have no valid defaults`);
    byId.set(algorithm.id, algorithm);
  }
  for (const algorithm of algorithms)
    for (const dependency of algorithm.dependsOn)
      if (!byId.has(dependency)) throw new Error(`${algorithm.id} depends on unknown ${dependency}`);
  dependencyOrder(algorithms);
}

/** Algorithms in an order where each comes after what it depends on (Kahn's algorithm, ties by id). */
export function dependencyOrder<T extends Pick<Algorithm, 'id' | 'dependsOn'>>(algorithms: readonly T[]): T[] {
  const remaining = new Map(algorithms.map((algorithm) => [algorithm.id, algorithm]));
  const ordered: T[] = [];
  while (remaining.size > 0) {
    const ready = [...remaining.values()]
      .filter((algorithm) => algorithm.dependsOn.every((dependency) => !remaining.has(dependency)))
      .sort((a, b) => a.id.localeCompare(b.id));
    if (ready.length === 0) throw new Error(`circular dependency among ${[...remaining.keys()].join(', ')}`);
    for (const algorithm of ready) {
      ordered.push(algorithm);
      remaining.delete(algorithm.id);
    }
  }
  return ordered;
}

/** The built-in algorithms, found in their folders at boot and checked once. */
@Injectable()
export class AlgorithmRegistry {
  readonly schemas = new SchemaChecker();
  private readonly byId: ReadonlyMap<string, Algorithm>;

  constructor() {
    const algorithms = loadAlgorithmFolders(__dirname);
    checkCatalog(algorithms, this.schemas);
    this.byId = new Map(algorithms.map((algorithm) => [algorithm.id, algorithm]));
  }

  all(): Algorithm[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  find(id: string): Algorithm | undefined {
    return this.byId.get(id);
  }

  defaults(): Algorithm[] {
    return this.all().filter((algorithm) => algorithm.enabledByDefault);
  }
}
