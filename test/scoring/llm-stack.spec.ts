import type { AlgorithmRuns, JobView, SubmissionAccepted } from '@callsight/contracts';
import { ChatCompletionsServer, reply } from '../support/chat-completions-server';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const TRANSCRIPT = [
  'Agent: Thanks for calling Rivera Plumbing, this is Dana.',
  'Customer: Hi, my water heater is leaking into the garage.',
  'Agent: I can send a technician tomorrow between eight and ten.',
  'Customer: Tomorrow at eight works, please book it.',
].join('\n');

describe('LLM algorithms on the in-process stack', () => {
  let running: RunningStack;
  let llm: ChatCompletionsServer;

  beforeAll(async () => {
    running = await startInProcessStack('llm-stack');
    llm = await ChatCompletionsServer.start(() =>
      reply.answer({ answer: 'A leaking water heater; a visit was booked for tomorrow 8-10.' }),
    );
  });
  afterAll(async () => {
    await llm?.close();
    await running?.stop();
  });

  const configureLlm = (value: Record<string, unknown>) =>
    running.api.patch(`/api/v1/config/workspaces/${running.workspaceId}/llm`, value);

  const runsOfCall = async (algorithmIds: string[]) => {
    const accepted = await running.api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript: TRANSCRIPT,
      title: 'Water heater leak',
      algorithm_ids: algorithmIds,
    });
    expect(accepted.status).toBe(202);
    await waitFor(async () => {
      const job = await running.api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`);
      return job.body.status === 'completed' ? job.body : undefined;
    }, 'the job to complete');
    return (await running.api.get<AlgorithmRuns>(`/api/v1/jobs/${accepted.body.job_id}/runs`)).body.data;
  };

  it('skips llm_prompt with the reason while the workspace has no endpoint', async () => {
    const [run] = await runsOfCall(['llm_prompt']);
    expect(run).toMatchObject({
      algorithm_id: 'llm_prompt',
      status: 'skipped',
      error: 'no LLM endpoint is configured for the workspace (config section llm)',
      metrics: null,
    });
    expect(llm.requests).toHaveLength(0);
  });

  it("runs llm_prompt against the workspace's endpoint and records the answer with model, usage and latency", async () => {
    const saved = await configureLlm({
      base_url: llm.baseUrl,
      model: 'front-desk-7b',
      api_key: 'sk-stack-key',
      max_concurrency: 2,
    });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(saved.body)).not.toContain('sk-stack-key');
    const [run] = await runsOfCall(['llm_prompt']);
    expect(run).toMatchObject({
      algorithm_id: 'llm_prompt',
      status: 'succeeded',
      output: { answer: 'A leaking water heater; a visit was booked for tomorrow 8-10.' },
      metrics: {
        model: 'test-model-2025-01-01',
        usage: { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 },
        latency_ms: expect.any(Number) as number,
      },
    });
    expect(llm.requests).toHaveLength(1);
    expect(llm.requests[0].headers.authorization).toBe('Bearer sk-stack-key');
    expect(llm.requests[0].body.model).toBe('front-desk-7b');
    expect(llm.requests[0].body.messages?.[1].content).toContain(
      '[3] Customer: Tomorrow at eight works, please book it.',
    );
  });

  it('refuses an unusable section when it is saved, and keeps the one that works', async () => {
    const refused = await configureLlm({ base_url: 'not a url', model: 'front-desk-7b' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const [run] = await runsOfCall(['llm_prompt']);
    expect(run).toMatchObject({ algorithm_id: 'llm_prompt', status: 'succeeded' });
  });
});
