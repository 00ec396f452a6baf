import type { Algorithm, AlgorithmInput, LlmGateway } from '../algorithms/algorithm';
import { AlgorithmSkipped } from '../algorithms/algorithm';
import { match } from '../../../../test/support/asymmetric-matchers';
import { AlgorithmRegistry } from '../algorithms/algorithm-registry';
import { AlgorithmRunner, RunRequest } from './algorithm-runner';

const definition = (id: string, fields: Partial<Algorithm> = {}): Algorithm => ({
  id,
  version: 1,
  name: id,
  description: id,
  kind: 'rule',
  enabledByDefault: false,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    properties: { threshold: { type: 'integer', minimum: 0, default: 3 } },
    additionalProperties: false,
  },
  outputSchema: { type: 'object', required: ['value'], properties: { value: {} } },
  run: () => Promise.resolve({ value: id }),
  ...fields,
});

const request = (
  algorithms: Algorithm[],
  { variables = new Map(), ...fields }: Partial<RunRequest> & { variables?: Map<string, Record<string, unknown>> } = {},
): RunRequest => ({
  plan: {
    algorithms: algorithms.map((algorithm) => ({
      id: algorithm.id,
      version: algorithm.version,
      algorithm,
      variables: variables.get(algorithm.id) ?? {},
      dependsOn: algorithm.dependsOn,
    })),
    unknown: [],
  },
  segments: [{ speaker: 'Agent', text: 'Hello there.', start: 0, end: 1 }],
  call: {
    durationSeconds: 1,
    callDate: null,
    direction: null,
    title: null,
    titleSource: null,
    repName: null,
    language: null,
  },
  settings: {
    trackers: [],
    scorecards: [],
    processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
  },
  llm: null,
  llmUnavailable: 'no LLM endpoint is configured',
  llmTimeoutMs: 1_000,
  ...fields,
});

describe('the algorithm runner', () => {
  const registry = new AlgorithmRegistry();
  const runner = new AlgorithmRunner(registry);

  it('gives an algorithm the outputs of what it depends on, and the variables with defaults filled in', async () => {
    const seen: AlgorithmInput[] = [];
    const base = definition('base', { run: () => Promise.resolve({ value: 41 }) });
    const derived = definition('derived', {
      kind: 'aggregate',
      dependsOn: ['base'],
      run: (input) => {
        seen.push(input);
        return Promise.resolve({ value: (input.results.get('base')!.value as number) + 1 });
      },
    });
    const outcomes = await runner.run(request([base, derived], { variables: new Map([['base', { threshold: 7 }]]) }));
    expect(outcomes.map((o) => [o.algorithmId, o.status, o.output, o.variables])).toEqual([
      ['base', 'succeeded', { value: 41 }, { threshold: 7 }],
      ['derived', 'succeeded', { value: 42 }, { threshold: 3 }],
    ]);
    expect(seen[0].variables).toEqual({ threshold: 3 });
  });

  it("reads spoken times in the workspace's zone unless the appointment's own timezone is set", async () => {
    const booking = [
      { speaker: 'Agent', text: 'We have an opening tomorrow at two thirty.', start: 0, end: 4 },
      { speaker: 'Customer', text: 'Two thirty tomorrow works.', start: 4, end: 6 },
      { speaker: 'Agent', text: "Perfect, you're all set for tomorrow at two thirty.", start: 6, end: 9 },
    ];
    const appointment = registry.find('appointment')!;
    const copy = { ...appointment, id: 'appointment.copy_1' };
    const outcomes = await runner.run(
      request([appointment, copy], {
        segments: booking,
        call: { ...request([]).call, callDate: '2026-11-25T15:00:00Z' },
        settings: {
          ...request([]).settings,
          processing: { ...request([]).settings.processing, timezone: 'Pacific/Auckland' },
        },
        variables: new Map([['appointment.copy_1', { timezone: 'America/Chicago' }]]),
      }),
    );
    expect(outcomes.map((o) => [o.algorithmId, o.variables, o.output?.start])).toEqual([
      // 15:00 UTC on the 25th is already the 26th in Auckland, so "tomorrow" is the 27th there.
      ['appointment', { timezone: 'Pacific/Auckland' }, '2026-11-27T14:30:00+13:00'],
      ['appointment.copy_1', { timezone: 'America/Chicago' }, '2026-11-26T14:30:00-06:00'],
    ]);
  });

  it('skips what depends on a failure, and says why', async () => {
    const broken = definition('broken', { run: () => Promise.reject(new Error('boom')) });
    const after = definition('after', { dependsOn: ['broken'] });
    const outcomes = await runner.run(request([broken, after]));
    expect(outcomes.map((o) => [o.algorithmId, o.status, o.error])).toEqual([
      ['broken', 'failed', 'boom'],
      ['after', 'skipped', 'it needs broken, which failed'],
    ]);
  });

  it('runs what depends on a skipped algorithm, without its output', async () => {
    const quiet = definition('quiet', { run: () => Promise.reject(new AlgorithmSkipped('nothing configured')) });
    const after = definition('after', {
      dependsOn: ['quiet'],
      run: (input) => Promise.resolve({ value: input.results.has('quiet') }),
    });
    const outcomes = await runner.run(request([quiet, after]));
    expect(outcomes.map((o) => [o.algorithmId, o.status, o.output])).toEqual([
      ['quiet', 'skipped', null],
      ['after', 'succeeded', { value: false }],
    ]);
  });

  it('fails an output that breaks the declared schema, and invalid variables', async () => {
    const liar = definition('liar', { run: () => Promise.resolve({ other: 1 }) });
    const outcomes = await runner.run(
      request([liar, definition('strict')], { variables: new Map([['strict', { threshold: -1 }]]) }),
    );
    expect(outcomes[0]).toMatchObject({ status: 'failed', error: match.stringMatching(/did not match its schema/) });
    expect(outcomes[1]).toMatchObject({ status: 'failed', error: match.stringMatching(/threshold/) });
  });

  it('skips LLM algorithms without an endpoint, records what an LLM run cost, and honours AlgorithmSkipped', async () => {
    const asks = definition('asks', {
      kind: 'llm',
      run: async (input) => ({
        value: (await input.llm!.complete({ system: 's', prompt: 'p', outputSchema: {}, signal: input.signal })).output,
      }),
    });
    expect((await runner.run(request([asks])))[0]).toMatchObject({
      status: 'skipped',
      error: 'no LLM endpoint is configured',
    });
    const llm: LlmGateway = {
      complete: () =>
        Promise.resolve({
          output: { answer: 'yes' },
          model: 'test-model',
          usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
          latency_ms: 5,
        }),
    };
    const [ran] = await runner.run(request([asks], { llm }));
    expect(ran).toMatchObject({ status: 'succeeded', output: { value: { answer: 'yes' } } });
    expect(ran.metrics).toEqual({
      model: 'test-model',
      usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
      latency_ms: 5,
    });
    const declines = definition('declines', { run: () => Promise.reject(new AlgorithmSkipped('nothing to judge')) });
    expect((await runner.run(request([declines])))[0]).toMatchObject({ status: 'skipped', error: 'nothing to judge' });
  });

  it('hands aggregates the model too, and records what all their requests cost', async () => {
    const llm: LlmGateway = {
      complete: () =>
        Promise.resolve({
          output: { met: true },
          model: 'judge',
          usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 },
          latency_ms: 7,
        }),
    };
    const seen: Array<LlmGateway | null> = [];
    const judge = definition('judge', {
      kind: 'aggregate',
      run: async (input) => {
        seen.push(input.llm);
        if (!input.llm) return { value: 'no model' };
        const ask = () => input.llm!.complete({ system: 's', prompt: 'p', outputSchema: {}, signal: input.signal });
        return { value: [(await ask()).output, (await ask()).output] };
      },
    });
    const rule = definition('rule_only', { run: (input) => Promise.resolve({ value: input.llm }) });
    const [judged, ruled] = await runner.run(request([judge, rule], { llm }));
    expect(judged.metrics).toEqual({
      model: 'judge',
      usage: { prompt_tokens: 20, completion_tokens: 4, total_tokens: 24 },
      latency_ms: 14,
    });
    expect(ruled.output).toEqual({ value: null });
    const [alone] = await runner.run(request([judge]));
    expect(alone).toMatchObject({ status: 'succeeded', output: { value: 'no model' }, metrics: null });
    expect(seen[1]).toBeNull();
  });

  it('fails an LLM algorithm that outlasts its time, without waiting for it', async () => {
    const slow = definition('slow', { kind: 'llm', run: () => new Promise(() => undefined) });
    const llm: LlmGateway = { complete: () => new Promise(() => undefined) };
    const [outcome] = await runner.run(request([slow], { llm, llmTimeoutMs: 50 }));
    expect(outcome).toMatchObject({ status: 'failed', error: 'it took longer than 50 ms' });
  });

  it('records asked-for ids that name no algorithm as failed runs', async () => {
    const outcomes = await runner.run({ ...request([]), plan: { algorithms: [], unknown: ['nope'] } });
    expect(outcomes).toEqual([
      expect.objectContaining({ algorithmId: 'nope', status: 'failed', error: 'no algorithm named nope' }),
    ]);
  });
});
