import { LlmClient } from '../../apps/scoring/src/llm/llm-client';
import type { LlmConfig } from '../../apps/scoring/src/llm/llm-config';
import { ChatCompletionsServer, reply } from '../support/chat-completions-server';
import { waitFor } from '../support/wait-for';

const SCHEMA = {
  type: 'object',
  required: ['outcome', 'follow_up'],
  additionalProperties: false,
  properties: { outcome: { enum: ['booked', 'not_booked'] }, follow_up: { type: 'boolean' } },
};
const GOOD = { outcome: 'booked', follow_up: false };

describe('the LLM client against an OpenAI-compatible server', () => {
  let server: ChatCompletionsServer;
  let client: LlmClient;

  beforeAll(async () => {
    server = await ChatCompletionsServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.reset();
    client = new LlmClient({ egressAllow: '127.0.0.1' });
  });

  const config = (fields: Partial<LlmConfig> = {}): LlmConfig => ({
    base_url: server.baseUrl,
    model: 'test-model',
    api_key: 'sk-test-secret-4242',
    max_concurrency: 4,
    timeout_ms: 5_000,
    structured_output: 'auto',
    ...fields,
  });
  const ask = (fields: Partial<LlmConfig> = {}, signal = new AbortController().signal) =>
    client.complete('ws_1', config(fields), {
      system: 'You review calls.',
      prompt: 'Was an appointment booked?\n\nAgent: see you Tuesday at 3',
      outputSchema: SCHEMA,
      signal,
    });

  it('asks with the key, a strict json_schema response format and the messages, and returns output, model, usage and latency', async () => {
    server.queue(reply.answer(GOOD, { prompt_tokens: 90, completion_tokens: 8, total_tokens: 98 }));
    const completion = await ask();
    expect(completion).toEqual({
      output: GOOD,
      model: 'test-model-2025-01-01',
      usage: { prompt_tokens: 90, completion_tokens: 8, total_tokens: 98 },
      latency_ms: expect.any(Number) as number,
    });
    const [sent] = server.requests;
    expect(sent.headers.authorization).toBe('Bearer sk-test-secret-4242');
    expect(sent.headers['openai-organization']).toBeUndefined();
    expect(sent.body.model).toBe('test-model');
    expect(sent.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: SCHEMA, strict: true },
    });
    expect(sent.body.messages?.map((m) => m.role)).toEqual(['system', 'user']);
    expect(sent.body.messages?.[0].content).toMatch(/^You review calls\./);
    expect(sent.body.messages?.[1].content).toContain('see you Tuesday at 3');
  });

  it('sends no Authorization header when the endpoint takes no key, and asks non-strictly for a schema strict mode refuses', async () => {
    server.queue(reply.answer({ answer: 'yes', extra: 1 }));
    const open = { type: 'object', required: ['answer'], properties: { answer: { type: 'string' } } };
    await client.complete('ws_1', config({ api_key: null }), {
      system: 's',
      prompt: 'p',
      outputSchema: open,
      signal: new AbortController().signal,
    });
    expect(server.requests[0].headers.authorization).toBeUndefined();
    expect(server.requests[0].body.response_format?.json_schema?.strict).toBe(false);
  });

  it('asks once more, with what was wrong, after invalid JSON and after JSON that breaks the schema', async () => {
    server.queue(reply.answer('{"outcome": "booked", "follow_up": fal'), reply.answer(GOOD));
    expect((await ask()).output).toEqual(GOOD);
    const reasked = server.requests[1].body.messages!;
    expect(reasked.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(reasked[2].content).toBe('{"outcome": "booked", "follow_up": fal');
    expect(reasked[3].content).toMatch(/^That answer cannot be used: it is not valid JSON/);

    server.reset();
    server.queue(reply.answer({ outcome: 'maybe', follow_up: false }), reply.answer(GOOD));
    const completion = await ask();
    expect(completion.output).toEqual(GOOD);
    expect(completion.usage).toEqual({ prompt_tokens: 240, completion_tokens: 24, total_tokens: 264 });
    expect(server.requests[1].body.messages![3].content).toContain(
      'it breaks the schema (outcome must be equal to one of the allowed values)',
    );
  });

  it('fails after the one re-ask when the answer still breaks the schema', async () => {
    server.queue(reply.answer({ outcome: 'booked' }), reply.answer({ outcome: 'booked' }));
    await expect(ask()).rejects.toThrow(
      "the model's answer did not match the output schema, also when asked again: it breaks the schema (follow_up must have required property 'follow_up')",
    );
    expect(server.requests).toHaveLength(2);
  });

  it('gives up on a slow answer at timeout_ms', async () => {
    server.queue(reply.slow(3_000, reply.answer(GOOD)));
    await expect(ask({ timeout_ms: 300 })).rejects.toThrow('the LLM endpoint did not answer within 300 ms');
  });

  it('waits as a 429 asks (Retry-After) and tries again; fails at once when the wait is longer than the time left', async () => {
    server.queue(reply.rateLimited(1), reply.answer(GOOD));
    const started = Date.now();
    expect((await ask()).output).toEqual(GOOD);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);

    server.reset();
    server.queue(reply.rateLimited(120));
    await expect(ask()).rejects.toThrow('the LLM endpoint answered 429 Rate limit reached for requests');
    expect(server.requests).toHaveLength(1);
  });

  it('retries 5xx with backoff, twice, then reports the failure', async () => {
    server.queue(reply.serverError(), reply.serverError(), reply.answer(GOOD));
    expect((await ask()).output).toEqual(GOOD);
    expect(server.requests).toHaveLength(3);

    server.reset();
    server.queue(reply.serverError(), reply.serverError(), reply.serverError());
    await expect(ask()).rejects.toThrow('the LLM endpoint answered 500 The server had an error');
    expect(server.requests).toHaveLength(3);
  });

  it('under auto, steps down from json_schema to json_object to the prompt alone when refused, and remembers', async () => {
    server.queue(reply.unsupportedFormat('json_schema'), reply.answer(GOOD));
    expect((await ask()).output).toEqual(GOOD);
    expect(server.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object']);
    expect(server.requests[1].body.messages![0].content).toContain(JSON.stringify(SCHEMA));

    server.reset();
    server.queue(
      reply.unsupportedFormat('json_object'),
      reply.answer('Sure! ```json\n{"outcome":"booked","follow_up":false}\n```'),
    );
    expect((await ask()).output).toEqual(GOOD);
    expect(server.requests.map((r) => r.body.response_format?.type)).toEqual(['json_object', undefined]);

    server.reset();
    server.queue(reply.answer(GOOD));
    await ask();
    expect(server.requests[0].body.response_format).toBeUndefined();
  });

  it('does not step down when the format is configured, nor on a 400 about something else', async () => {
    server.queue(reply.unsupportedFormat('json_schema'));
    await expect(ask({ structured_output: 'json_schema' })).rejects.toThrow(
      "the LLM endpoint answered 400 response_format type 'json_schema' is not supported by this model",
    );
    server.reset();
    server.queue(reply.badRequest('The model `test-model` does not exist'));
    await expect(ask()).rejects.toThrow('answered 400 The model `test-model` does not exist');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps at most max_concurrency requests in flight per workspace endpoint', async () => {
    server.respondWith(() => reply.slow(150, reply.answer(GOOD)));
    const outputs = await Promise.all(Array.from({ length: 6 }, () => ask({ max_concurrency: 2 })));
    expect(outputs.map((o) => o.output)).toEqual(Array(6).fill(GOOD));
    expect(server.requests).toHaveLength(6);
    expect(server.maxInFlight).toBe(2);
    server.respondWith(() => reply.answer({ answer: 'ok' }));
  });

  it('stops when the run is cancelled, and never says the key, even when the server echoes it', async () => {
    server.queue(reply.slow(3_000, reply.answer(GOOD)));
    const cancelled = new AbortController();
    const asking = ask({}, cancelled.signal);
    await waitFor(() => server.requests.length === 1, 'the request to arrive', 5_000, 10);
    cancelled.abort(new Error('the service is stopping'));
    await expect(asking).rejects.toThrow('the service is stopping');

    server.queue({ status: 401, body: { error: { message: 'Incorrect API key provided: sk-test-secret-4242' } } });
    await expect(ask()).rejects.toThrow('the LLM endpoint answered 401 Incorrect API key provided: [redacted]');
  });

  it('refuses an endpoint the egress guard refuses, without a request, and an output schema that is not one', async () => {
    const guarded = new LlmClient({ egressAllow: '' });
    const request = { system: 's', prompt: 'p', outputSchema: SCHEMA, signal: new AbortController().signal };
    await expect(guarded.complete('ws_1', config(), request)).rejects.toThrow(
      /^the LLM endpoint is refused by the egress guard: Requests to 127\.0\.0\.1 are not allowed: .*CALLSIGHT_EGRESS_ALLOW/,
    );
    await expect(
      guarded.complete('ws_1', config({ base_url: server.baseUrl.replace('127.0.0.1', 'localhost') }), request),
    ).rejects.toThrow(/egress guard: Requests to localhost are not allowed/);
    await expect(
      client.complete('ws_1', config(), {
        ...request,
        outputSchema: { type: 'object', properties: { a: { type: 'strin' } } },
      }),
    ).rejects.toThrow(/^the output schema is not valid JSON Schema: /);
    expect(server.requests).toHaveLength(0);
  });
});
