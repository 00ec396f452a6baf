import type { Algorithm } from '../algorithms/algorithm';
import { AlgorithmRegistry, dependencyOrder } from '../algorithms/algorithm-registry';

export interface RunPlan {
  /** In dependency order; includes what the chosen algorithms depend on. */
  algorithms: Algorithm[];
  /** Asked-for ids that name no algorithm; each is recorded as a failed run. */
  unknown: string[];
}

/**
 * What runs on a call: the ids asked for (or the defaults when none are), plus everything they
 * depend on, so that an outcome can be asked for alone.
 */
export function planRuns(registry: AlgorithmRegistry, requested: readonly string[] | null | undefined): RunPlan {
  const ids = requested?.length ? [...new Set(requested)] : registry.defaults().map((algorithm) => algorithm.id);
  const unknown = ids.filter((id) => !registry.find(id));
  const chosen = new Map<string, Algorithm>();
  const include = (id: string): void => {
    const algorithm = registry.find(id);
    if (!algorithm || chosen.has(id)) return;
    chosen.set(id, algorithm);
    algorithm.dependsOn.forEach(include);
  };
  ids.forEach(include);
  return { algorithms: dependencyOrder([...chosen.values()]), unknown };
}
