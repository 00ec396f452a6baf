import type { Algorithm } from '../algorithms/algorithm';
import { AlgorithmRegistry, dependencyOrder } from '../algorithms/algorithm-registry';

/**
 * One algorithm as a workspace runs it. A workspace copy runs its base algorithm's code under its own
 * id and version with its own variables, so its runs are told apart from the built-in's.
 */
export interface PlannedAlgorithm {
  /** The id its runs are recorded under: a built-in's, or a workspace copy's. */
  id: string;
  /** The built-in's version, or the copy's own version (bumped by each change of its variables). */
  version: number;
  /** The code that runs: the built-in itself, or the one the copy was made from. */
  algorithm: Algorithm;
  /** The workspace's values; the schema's defaults fill in the rest when it runs. */
  variables: Record<string, unknown>;
  dependsOn: readonly string[];
}

/** What a workspace changed in the catalog: variables of built-ins, its copies, and what it deprecated. */
export interface WorkspaceAlgorithm {
  id: string;
  /** The built-in whose code runs; equal to `id` for a built-in. */
  baseId: string;
  version: number;
  variables: Record<string, unknown>;
  deprecated: boolean;
}

export type WorkspaceAlgorithms = ReadonlyMap<string, WorkspaceAlgorithm>;

export interface RunPlan {
  /** In dependency order; includes what the chosen algorithms depend on. */
  algorithms: PlannedAlgorithm[];
  /** Asked-for ids that name no algorithm; each is recorded as a failed run. */
  unknown: string[];
}

export interface PlanOptions {
  /** Pipeline runs of new jobs leave deprecated algorithms out; an on-demand run may still ask for one. */
  skipDeprecated: boolean;
}

/** The algorithm an id names in a workspace, or undefined when it names none. */
export function resolveAlgorithm(
  registry: AlgorithmRegistry,
  workspace: WorkspaceAlgorithms,
  id: string,
): PlannedAlgorithm | undefined {
  const entry = workspace.get(id);
  const algorithm = registry.find(entry?.baseId ?? id);
  if (!algorithm) return undefined;
  const isCopy = entry !== undefined && entry.baseId !== id;
  return {
    id,
    version: isCopy ? entry.version : algorithm.version,
    algorithm,
    variables: entry?.variables ?? {},
    dependsOn: algorithm.dependsOn,
  };
}

/**
 * What runs on a call: the ids asked for (or the defaults when none are), plus everything they
 * depend on, so that an outcome can be asked for alone. A deprecated algorithm still runs when a
 * chosen one needs its output.
 */
export function planRuns(
  registry: AlgorithmRegistry,
  requested: readonly string[] | null | undefined,
  workspace: WorkspaceAlgorithms = new Map(),
  options: PlanOptions = { skipDeprecated: false },
): RunPlan {
  const asked = requested?.length ? [...new Set(requested)] : registry.defaults().map((algorithm) => algorithm.id);
  const ids = options.skipDeprecated ? asked.filter((id) => !workspace.get(id)?.deprecated) : asked;
  const unknown = ids.filter((id) => !resolveAlgorithm(registry, workspace, id));
  const chosen = new Map<string, PlannedAlgorithm>();
  const include = (id: string): void => {
    if (chosen.has(id)) return;
    const planned = resolveAlgorithm(registry, workspace, id);
    if (!planned) return;
    chosen.set(id, planned);
    planned.dependsOn.forEach(include);
  };
  ids.forEach(include);
  return { algorithms: dependencyOrder([...chosen.values()]), unknown };
}
