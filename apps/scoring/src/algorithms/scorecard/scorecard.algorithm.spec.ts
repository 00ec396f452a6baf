import type { ResolvedAnalysisSettings, ScorecardConfig, TranscriptSegment } from '@callsight/contracts';
import { ChatCompletionsServer, reply } from '../../../../../test/support/chat-completions-server';
import { LlmClient } from '../../llm/llm-client';
import { AlgorithmRunner, RunRequest } from '../../runs/algorithm-runner';
import { planRuns } from '../../runs/run-plan';
import type { AlgorithmInput, CallFacts, LlmGateway } from '../algorithm';
import { AlgorithmRegistry } from '../algorithm-registry';
import { talkRatio } from '../talk-ratio/talk-ratio.algorithm';
import { DENTAL_CALL, DENTAL_TRACKERS, FRONT_DESK_CARD, QUALITY_CARD } from './fixtures/dental-call';
import { startOfQuote } from './llm-questions';
import { ScorecardVariables, scoreCall } from './scorecard.algorithm';

const CALL: CallFacts = {
  durationSeconds: 36,
  callDate: '2026-11-24T09:12:00.000Z',
  direction: 'inbound',
  title: null,
  titleSource: null,
  repName: null,
  language: 'en',
};
const settings = (scorecards: ScorecardConfig[]): ResolvedAnalysisSettings => ({
  trackers: [],
  scorecards,
  processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
});
const results = (segments: TranscriptSegment[]) =>
  new Map<string, Record<string, unknown>>([
    ['talk_ratio', talkRatio({ segments, call: CALL })],
    ['trackers', DENTAL_TRACKERS],
  ]);
const input = (
  scorecards: ScorecardConfig[],
  fields: Partial<AlgorithmInput<ScorecardVariables>> = {},
): AlgorithmInput<ScorecardVariables> => ({
  segments: DENTAL_CALL,
  call: CALL,
  variables: { max_transcript_chars: 60_000, max_evidence: 3 },
  settings: settings(scorecards),
  results: results(DENTAL_CALL),
  signal: new AbortController().signal,
  llm: null,
  ...fields,
});

describe('scorecard', () => {
  it('scores tracker and rule criteria with evidence, and leaves LLM questions out of the weights without a model', async () => {
    const [card] = (await scoreCall(input([FRONT_DESK_CARD]))).scorecards;
    expect(card).toMatchObject({ id: 'front_desk', score: 83.3, pass_score: 70, passed: true, scored_weight: 6 });
    expect(card.criteria.map((c) => [c.id, c.met, c.score])).toEqual([
      ['greets', true, 100],
      ['no_price_push', true, 100],
      ['no_competitor', false, 0],
      ['lets_caller_talk', true, 100],
      ['books', null, null],
    ]);
    expect(card.criteria[0]).toEqual({
      id: 'greets',
      name: 'Greets the caller',
      type: 'tracker',
      weight: 2,
      met: true,
      score: 100,
      evidence: [{ quote: 'good morning bright smile dental this is maria speaking', start: 0.3 }],
      reason: 'Greeting was mentioned once',
    });
    expect(card.criteria[2].evidence).toEqual([
      { quote: 'my old dentist at smile direct was charging way too much', start: 13.9 },
    ]);
    expect(card.criteria[3].reason).toBe('talk_ratio.agent_talk_share is 0.6413, which is <= 0.65');
    expect(card.criteria[4].reason).toBe(
      'not scored: no usable LLM endpoint is configured for the workspace (config section llm)',
    );
  });

  it('fails a rule when the value is on the wrong side, and does not score what it cannot read or compare', async () => {
    const rule = (fields: Record<string, unknown>) => ({
      id: 'r',
      name: 'rule',
      weight: 1,
      type: 'rule' as const,
      algorithm_id: 'talk_ratio',
      path: 'agent_talk_share',
      operator: '<=' as const,
      value: 0.5,
      ...fields,
    });
    const card: ScorecardConfig = {
      id: 'c',
      name: 'Hard cases',
      pass_score: 50,
      criteria: [
        rule({ id: 'too_chatty' }),
        rule({ id: 'dominant', path: 'dominant_speaker', operator: '==', value: 'Receptionist' }),
        rule({ id: 'first_words', path: 'speakers.1.words', operator: '>', value: 10 }),
        rule({ id: 'no_path', path: 'agent.talk_share' }),
        rule({ id: 'order_strings', path: 'dominant_speaker', operator: '<', value: 'A' }),
        rule({ id: 'wrong_type', path: 'total_words', operator: '==', value: 'many' }),
        rule({ id: 'not_a_dependency', algorithm_id: 'sentiment', path: 'overall.score', operator: '>', value: 0 }),
        { id: 'ghost', name: 'ghost', weight: 1, type: 'tracker', tracker_id: 'ghost', expect: 'present' },
      ],
    };
    const [scored] = (await scoreCall(input([card]))).scorecards;
    expect(scored.criteria.map((c) => [c.id, c.met, c.reason])).toEqual([
      ['too_chatty', false, 'talk_ratio.agent_talk_share is 0.6413, not <= 0.5'],
      ['dominant', true, 'talk_ratio.dominant_speaker is "Receptionist", which is == "Receptionist"'],
      ['first_words', true, 'talk_ratio.speakers.1.words is 36, which is > 10'],
      ['no_path', null, "talk_ratio's output has no agent.talk_share"],
      ['order_strings', null, 'talk_ratio.dominant_speaker is a string; only == and != compare strings'],
      ['wrong_type', null, 'talk_ratio.total_words is 103, which cannot be compared with "many"'],
      ['not_a_dependency', null, "sentiment's output is not available to the scorecard on this call"],
      ['ghost', null, "no tracker ghost ran (is it among the workspace's trackers?)"],
    ]);
    expect(scored).toMatchObject({ score: 66.7, passed: true, scored_weight: 3 });

    const [blind] = (await scoreCall(input([card], { results: new Map([['talk_ratio', { agent_talk_share: null }]]) })))
      .scorecards;
    expect(blind).toMatchObject({ score: null, passed: null, scored_weight: 0 });
    expect(blind.criteria[0].reason).toBe('talk_ratio.agent_talk_share is null on this call');
    expect(blind.criteria[7].reason).toBe('the trackers algorithm did not run on this call');
  });

  it('is skipped when the workspace has no scorecards', async () => {
    await expect(scoreCall(input([]))).rejects.toThrow('the workspace has no scorecards');
  });

  it('finds when a quoted line was said, whatever its case and punctuation', () => {
    expect(startOfQuote(DENTAL_CALL, 'Do you have dental insurance?')).toBe(7.4);
    expect(
      startOfQuote(DENTAL_CALL, 'You are booked for Thursday at two thirty. See you then, and bring your card'),
    ).toBe(31.5);
    expect(startOfQuote(DENTAL_CALL, 'we will call you back tomorrow')).toBeNull();
  });

  describe('with LLM questions, through the runner and a chat-completions server', () => {
    let server: ChatCompletionsServer;
    const registry = new AlgorithmRegistry();
    const runner = new AlgorithmRunner(registry);
    const scorecardOf = async (running: RunRequest) =>
      (await runner.run(running)).find((outcome) => outcome.algorithmId === 'scorecard')!;
    const client = new LlmClient({ egressAllow: '127.0.0.1' });
    const request = (llm: LlmGateway | null): RunRequest => ({
      plan: planRuns(registry, ['scorecard']),
      segments: DENTAL_CALL,
      call: CALL,
      settings: settings([FRONT_DESK_CARD, QUALITY_CARD]),
      llm,
      llmUnavailable: 'no LLM endpoint',
      llmTimeoutMs: 5_000,
    });
    const gateway = () =>
      client.gatewayFor('ws_dental', {
        base_url: server.baseUrl,
        model: 'judge',
        api_key: 'sk-dental',
        max_concurrency: 2,
        timeout_ms: 5_000,
        structured_output: 'auto',
      });

    beforeAll(async () => {
      server = await ChatCompletionsServer.start();
    });
    afterAll(() => server.close());
    beforeEach(() => server.reset());

    // On this branch the runner hands the scorecard talk_ratio's output only, so tracker criteria are not scored here.
    it('asks every distinct question once, in one request, and scores the answers with located quotes', async () => {
      server.queue(
        reply.answer({
          q1: { met: true, quote: 'you are booked for Thursday at two thirty', reason: 'Booked Thursday 2:30.' },
          q2: { met: true, quote: 'Do you have dental insurance?', reason: 'Asked about insurance.' },
          q3: { met: false, quote: 'I will call you back after lunch', reason: 'No callback offered.' },
        }),
      );
      const outcome = await scorecardOf(request(gateway()));
      expect(outcome.status).toBe('succeeded');
      expect(outcome.metrics).toMatchObject({ model: 'test-model-2025-01-01', usage: { total_tokens: 132 } });
      expect(server.requests).toHaveLength(1);
      const prompt = server.requests[0].body.messages![1].content;
      expect(prompt).toContain('q1: Did the agent book an appointment with a date and time?');
      expect(prompt).toContain('q3: Did the agent offer to call the customer back later?');
      expect(prompt).not.toContain('q4');
      const [frontDesk, quality] = (outcome.output as { scorecards: Array<Record<string, unknown>> }).scorecards;
      expect(frontDesk).toMatchObject({ score: 100, passed: true, scored_weight: 5 });
      expect(quality).toMatchObject({ score: 66.7, passed: true, scored_weight: 3 });
      expect(quality.criteria).toEqual([
        expect.objectContaining({
          id: 'books',
          met: true,
          evidence: [{ quote: 'you are booked for Thursday at two thirty', start: 31.5 }],
          reason: 'Booked Thursday 2:30.',
        }),
        expect.objectContaining({
          id: 'insurance',
          met: true,
          evidence: [{ quote: 'Do you have dental insurance?', start: 7.4 }],
        }),
        expect.objectContaining({
          id: 'callback',
          met: false,
          score: 0,
          evidence: [{ quote: 'I will call you back after lunch', start: null }],
        }),
      ]);
    });

    it('leaves the questions unscored with the reason when the model fails, and still scores the rest', async () => {
      server.queue(reply.serverError(), reply.serverError(), reply.serverError());
      const outcome = await scorecardOf(request(gateway()));
      expect(outcome.status).toBe('succeeded');
      const [frontDesk, quality] = (outcome.output as { scorecards: Array<Record<string, unknown>> }).scorecards;
      expect(frontDesk).toMatchObject({ score: 100, scored_weight: 2 });
      expect(quality).toMatchObject({ score: null, passed: null });
      expect((quality.criteria as Array<{ reason: string }>)[0].reason).toBe(
        'not scored: the model could not answer: the LLM endpoint answered 500 The server had an error',
      );
    });

    it('runs without a model as an aggregate, and is skipped without scorecards', async () => {
      const outcome = await scorecardOf(request(null));
      expect(outcome).toMatchObject({ status: 'succeeded', metrics: null });
      const empty = await scorecardOf({ ...request(null), settings: settings([]) });
      expect(empty).toMatchObject({ status: 'skipped', error: 'the workspace has no scorecards' });
    });
  });
});
