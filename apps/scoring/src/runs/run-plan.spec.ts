import { AlgorithmRegistry } from '../algorithms/algorithm-registry';
import { planRuns, resolveAlgorithm, WorkspaceAlgorithm } from './run-plan';

const workspace = (...entries: WorkspaceAlgorithm[]) => new Map(entries.map((entry) => [entry.id, entry]));

describe('planning runs for a workspace', () => {
  const registry = new AlgorithmRegistry();
  const talkRatio = registry.find('talk_ratio')!;

  it("runs a copy's base code under the copy's id, version and variables", () => {
    const copies = workspace({
      id: 'talk_ratio.sales',
      baseId: 'talk_ratio',
      version: 3,
      variables: { note: 'sales' },
      deprecated: false,
    });
    expect(resolveAlgorithm(registry, copies, 'talk_ratio.sales')).toEqual({
      id: 'talk_ratio.sales',
      version: 3,
      algorithm: talkRatio,
      variables: { note: 'sales' },
      dependsOn: talkRatio.dependsOn,
    });
    const plan = planRuns(registry, ['talk_ratio.sales', 'talk_ratio', 'talk_ratio.gone'], copies);
    expect(plan.algorithms.map((planned) => [planned.id, planned.version])).toEqual([
      ['talk_ratio', talkRatio.version],
      ['talk_ratio.sales', 3],
    ]);
    expect(plan.unknown).toEqual(['talk_ratio.gone']);
  });

  it("gives a built-in the workspace's variables and keeps the built-in's version", () => {
    const changed = workspace({ id: 'talk_ratio', baseId: 'talk_ratio', version: 5, variables: {}, deprecated: false });
    expect(planRuns(registry, ['talk_ratio'], changed).algorithms).toEqual([
      { id: 'talk_ratio', version: talkRatio.version, algorithm: talkRatio, variables: {}, dependsOn: [] },
    ]);
    expect(planRuns(registry, null, changed).algorithms.map((planned) => planned.id)).toEqual(
      expect.arrayContaining(registry.defaults().map((algorithm) => algorithm.id)) as unknown,
    );
  });

  it('leaves deprecated algorithms out of pipeline runs only', () => {
    const deprecated = workspace({
      id: 'talk_ratio',
      baseId: 'talk_ratio',
      version: 0,
      variables: {},
      deprecated: true,
    });
    // The scorecard still needs talk_ratio's output, so a deprecated dependency runs for it.
    const summaryGone = workspace({ id: 'summary', baseId: 'summary', version: 0, variables: {}, deprecated: true });
    const defaults = planRuns(registry, null, summaryGone, { skipDeprecated: true }).algorithms.map((p) => p.id);
    expect(defaults).not.toContain('summary');
    expect(defaults).toContain('talk_ratio');
    expect(planRuns(registry, ['talk_ratio'], deprecated, { skipDeprecated: true }).algorithms).toEqual([]);
    expect(planRuns(registry, ['talk_ratio'], deprecated).algorithms.map((planned) => planned.id)).toEqual([
      'talk_ratio',
    ]);
  });
});
