import type { TranscriptSegment } from '@callsight/contracts';
import { ChatCompletionsServer, reply } from '../../../../../test/support/chat-completions-server';
import { LlmClient } from '../../llm/llm-client';
import { AlgorithmRunner, RunRequest } from '../../runs/algorithm-runner';
import type { AlgorithmInput, CallFacts } from '../algorithm';
import { AlgorithmRegistry } from '../algorithm-registry';
import { PLUMBING_CALL } from './fixtures/plumbing-call';
import { LLM_PROMPT, LlmPromptVariables, renderPrompt } from './llm-prompt.algorithm';

const CALL: CallFacts = {
  durationSeconds: 35,
  callDate: '2026-11-24T15:02:00.000Z',
  direction: 'inbound',
  title: 'Water heater leak',
  titleSource: null,
  repName: 'Dana',
  language: 'en',
};

/** A punctuated support call, as a supplied transcript comes: untimed. */
const BILLING_CALL: TranscriptSegment[] = [
  { speaker: 'Rep', text: 'Hello, Northwind billing, this is Sam.', start: null, end: null },
  { speaker: 'Customer', text: 'Hi, I was charged twice for my October invoice.', start: null, end: null },
  {
    speaker: 'Rep',
    text: "I see both charges. I'll refund the duplicate today; it takes three to five days.",
    start: null,
    end: null,
  },
  { speaker: 'Customer', text: "Great, thanks. That's all I needed.", start: null, end: null },
];

const DEFAULTS = new AlgorithmRegistry().schemas.withDefaultsApplied<LlmPromptVariables>(
  LLM_PROMPT.variablesSchema,
  {},
);
const defaults = (): LlmPromptVariables => {
  if ('problems' in DEFAULTS) throw new Error('llm_prompt has no valid defaults');
  return structuredClone(DEFAULTS.value);
};

const input = (
  segments: TranscriptSegment[],
  variables: Partial<LlmPromptVariables> = {},
): AlgorithmInput<LlmPromptVariables> => ({
  segments,
  call: CALL,
  variables: { ...defaults(), ...variables },
  settings: {
    trackers: [],
    scorecards: [],
    processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
  },
  results: new Map(),
  signal: new AbortController().signal,
  llm: null,
});

describe('llm_prompt', () => {
  it('fills the built-in placeholders and the workspace values', () => {
    const prompt = renderPrompt(
      input(PLUMBING_CALL, {
        prompt_template:
          'Call "{{call.title}}" on {{ call.date }}, {{duration}} long. Did the caller book a {{service}} visit?\n{{transcript}}',
        values: { service: 'repair' },
      }),
    );
    expect(prompt).toContain(
      'Call "Water heater leak" on 2026-11-24T15:02:00.000Z, 0:35 long. Did the caller book a repair visit?\n[0] Agent (0:00): thanks for calling rivera plumbing',
    );
    expect(prompt).toContain('[8] Agent (0:30): youre all set for tomorrow eight to ten');
  });

  it('adds the transcript after a template that forgot it, and reads unknown facts as unknown', () => {
    const prompt = renderPrompt({
      ...input(BILLING_CALL, { prompt_template: 'Was the customer refunded? Title: {{call.title}}' }),
      call: { ...CALL, title: null, durationSeconds: null },
    });
    expect(prompt).toBe(
      'Was the customer refunded? Title: unknown\n\nTranscript:\n[0] Rep: Hello, Northwind billing, this is Sam.\n' +
        '[1] Customer: Hi, I was charged twice for my October invoice.\n' +
        "[2] Rep: I see both charges. I'll refund the duplicate today; it takes three to five days.\n" +
        "[3] Customer: Great, thanks. That's all I needed.",
    );
  });

  it('refuses a placeholder it cannot fill and a value named like a built-in', () => {
    expect(() => renderPrompt(input(BILLING_CALL, { prompt_template: 'Rate {{product}}: {{transcript}}' }))).toThrow(
      'prompt_template uses {{product}}, which is neither built in nor among its values',
    );
    expect(() => renderPrompt(input(BILLING_CALL, { values: { transcript: 'x' } }))).toThrow(
      'values cannot be named like a built-in placeholder: transcript',
    );
  });

  describe('through the runner, against a chat-completions server', () => {
    let server: ChatCompletionsServer;
    const runner = new AlgorithmRunner(new AlgorithmRegistry());
    const client = new LlmClient({ egressAllow: '127.0.0.1' });
    const config = () => ({
      base_url: server.baseUrl,
      model: 'small-model',
      api_key: null,
      max_concurrency: 2,
      timeout_ms: 5_000,
      structured_output: 'auto' as const,
    });
    const request = (segments: TranscriptSegment[], variables: Record<string, unknown>): RunRequest => ({
      plan: {
        algorithms: [
          { id: LLM_PROMPT.id, version: LLM_PROMPT.version, algorithm: LLM_PROMPT, variables, dependsOn: [] },
        ],
        unknown: [],
      },
      segments,
      call: CALL,
      settings: {
        trackers: [],
        scorecards: [],
        processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
      },
      llm: client.gatewayFor('ws_plumbing', config()),
      llmUnavailable: 'no LLM endpoint',
      llmTimeoutMs: 5_000,
    });

    beforeAll(async () => {
      server = await ChatCompletionsServer.start();
    });
    afterAll(() => server.close());
    beforeEach(() => server.reset());

    const BOOKING_SCHEMA = {
      type: 'object',
      required: ['booked', 'when'],
      additionalProperties: false,
      properties: { booked: { type: 'boolean' }, when: { type: ['string', 'null'] } },
    };

    it('records the answer checked against the workspace schema, with model, token usage and latency', async () => {
      server.queue(
        reply.answer(
          { booked: true, when: 'tomorrow 8-10am' },
          { prompt_tokens: 310, completion_tokens: 14, total_tokens: 324 },
        ),
      );
      const [outcome] = await runner.run(
        request(PLUMBING_CALL, {
          prompt_template: 'Was a visit booked, and when?\n{{transcript}}',
          output_schema: BOOKING_SCHEMA,
        }),
      );
      expect(outcome).toMatchObject({
        algorithmId: 'llm_prompt',
        status: 'succeeded',
        output: { booked: true, when: 'tomorrow 8-10am' },
        metrics: {
          model: 'test-model-2025-01-01',
          usage: { prompt_tokens: 310, completion_tokens: 14, total_tokens: 324 },
          latency_ms: expect.any(Number) as number,
        },
      });
      expect(outcome.variables).toMatchObject({ output_schema: BOOKING_SCHEMA, max_transcript_chars: 60_000 });
      const sent = server.requests[0].body;
      expect(sent.response_format?.json_schema?.schema).toEqual(BOOKING_SCHEMA);
      expect(sent.messages?.[0].content).toContain('You analyse phone calls');
      expect(sent.messages?.[1].content).toContain(
        '[7] Customer (0:26): okay book it the address is four twelve maple street',
      );
    });

    it('fails the run when the answer breaks the schema twice', async () => {
      server.queue(reply.answer({ booked: 'yes' }), reply.answer({ booked: 'yes', when: 'tomorrow' }));
      const [outcome] = await runner.run(request(PLUMBING_CALL, { output_schema: BOOKING_SCHEMA }));
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toMatch(/^the model's answer did not match the output schema, also when asked again: /);
    });

    it('fails with the reason when the template names a value that is not there, without asking the model', async () => {
      const [outcome] = await runner.run(request(BILLING_CALL, { prompt_template: 'Did {{agent_name}} apologise?' }));
      expect(outcome).toMatchObject({
        status: 'failed',
        error: 'prompt_template uses {{agent_name}}, which is neither built in nor among its values',
      });
      expect(server.requests).toHaveLength(0);
    });

    it('is skipped on an empty transcript, and without an endpoint', async () => {
      const [empty] = await runner.run(request([{ speaker: 'Caller', text: ' ', start: 0, end: 3 }], {}));
      expect(empty).toMatchObject({ status: 'skipped', error: 'the transcript is empty' });
      const [none] = await runner.run({ ...request(BILLING_CALL, {}), llm: null });
      expect(none).toMatchObject({ status: 'skipped', error: 'no LLM endpoint' });
    });
  });
});
