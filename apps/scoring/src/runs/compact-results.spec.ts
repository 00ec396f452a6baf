import { MAX_COMPACT_OUTPUT_BYTES, MAX_COMPACT_OUTPUTS_BYTES } from '@callsight/contracts';
import type { AlgorithmRunEntity } from './algorithm-run.entity';
import { compactResults } from './runs.service';

const run = (id: string, output: Record<string, unknown> | null, status: AlgorithmRunEntity['status'] = 'succeeded') =>
  ({ id, algorithmId: id, algorithmVersion: 1, status, output }) as AlgorithmRunEntity;

describe('the results scoring.completed carries', () => {
  it('keeps small outputs, leaves out large ones and runs that did not succeed', () => {
    const summary = { summary: 'word '.repeat(MAX_COMPACT_OUTPUT_BYTES) };
    const results = compactResults([run('talk', { a: 1 }), run('summary', summary), run('llm', null, 'skipped')]);
    expect(results).toEqual([
      { runId: 'talk', algorithmId: 'talk', algorithmVersion: 1, output: { a: 1 } },
      { runId: 'summary', algorithmId: 'summary', algorithmVersion: 1, output: null },
    ]);
  });

  it('stays within one budget however many runs there are', () => {
    const each = { text: 'x'.repeat(MAX_COMPACT_OUTPUT_BYTES - 20) };
    const runs = Array.from({ length: 100 }, (_, index) => run(`r${index}`, each));
    const results = compactResults(runs);
    expect(results).toHaveLength(100);
    expect(Buffer.byteLength(JSON.stringify(results))).toBeLessThan(MAX_COMPACT_OUTPUTS_BYTES + 100 * 120);
    expect(results.filter((result) => result.output === null).length).toBeGreaterThan(60);
  });
});
