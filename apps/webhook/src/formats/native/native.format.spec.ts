import type { AlgorithmRunView } from '@callsight/contracts';
import { failurePayload, resultPayload } from '../../deliveries/webhook-payload';
import { AT, failureFacts, FLOODED_BASEMENT, resultFacts, VOICEMAIL, WORKSPACE_ID } from '../fixtures/calls';
import { AlgorithmRunFacts, bodiesOf } from '../payload-format';
import { NATIVE } from './native.format';

describe('the native format', () => {
  it('sends job.completed, built by the delivery service’s own builder', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: 'https://recordings.example.com/a.wav' });
    const body = NATIVE.body('job.completed', facts);
    expect(body).toEqual(resultPayload(WORKSPACE_ID, facts.scoring, facts.material, AT, facts.recordingUrl));
    expect(body).toMatchObject({
      type: 'job.completed',
      timestamp: '2026-11-25T15:04:31.250Z',
      data: {
        workspace_id: WORKSPACE_ID,
        job_id: FLOODED_BASEMENT.job.jobId,
        call_id: FLOODED_BASEMENT.job.callId,
        status: 'completed',
        transcript: facts.material.transcriptText,
        recording_url: 'https://recordings.example.com/a.wav',
      },
    });
    expect((body?.data as { results: unknown[] }).results).toHaveLength(4);
    expect(NATIVE.body('job.failed', facts)).toBeNull();
  });

  it('sends job.failed for a failed job and nothing else', () => {
    const facts = failureFacts(FLOODED_BASEMENT);
    expect(NATIVE.body('job.failed', facts)).toEqual(failurePayload(WORKSPACE_ID, facts.failure, AT));
    expect(NATIVE.body('job.completed', facts)).toBeNull();
    expect(bodiesOf(NATIVE, facts).map(({ event }) => event)).toEqual(['job.failed']);
  });

  it('leaves signing to the sender’s Standard Webhooks headers and the defaults to the service', () => {
    expect(NATIVE.events).toEqual([
      'job.completed',
      'job.failed',
      'algorithm_run.completed',
      'call.completed',
      'appointment.booked',
      'emergency.detected',
      'call.missed',
      'endpoint.disabled',
    ]);
    expect(NATIVE.signatureHeaders('{}', 'whsec_c2VjcmV0', 'dlv_01jd8y7b8c9d0e1f2g3h4j5k6m', AT)).toEqual({});
    expect(NATIVE.timeoutSeconds).toBeNull();
  });

  it('refuses an event it does not carry', () => {
    expect(() => NATIVE.body('call.transferred', resultFacts(FLOODED_BASEMENT))).toThrow(
      'the native format carries no call.transferred event',
    );
  });

  it('sends the call events that happened, each with the call, its outcome and what was found', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: 'https://recordings.example.com/a.wav' });
    expect(bodiesOf(NATIVE, facts).map(({ event }) => event)).toEqual([
      'job.completed',
      'call.completed',
      'appointment.booked',
      'emergency.detected',
    ]);
    expect(NATIVE.body('emergency.detected', facts)).toEqual({
      type: 'emergency.detected',
      timestamp: '2026-11-25T15:04:31.250Z',
      data: expect.objectContaining({
        workspace_id: WORKSPACE_ID,
        job_id: FLOODED_BASEMENT.job.jobId,
        outcome: 'emergency',
        recording_url: 'https://recordings.example.com/a.wav',
        emergency: {
          category: 'flooding',
          severity: 'high',
          quote: 'Hi, our basement is flooding, a pipe burst and water is pouring out everywhere.',
        },
      }) as unknown,
    });
    expect(NATIVE.body('appointment.booked', facts)?.data).toMatchObject({
      appointment: { status: 'booked', start: '2026-11-25T14:00:00-06:00', date: '2026-11-25' },
    });
    const voicemail = resultFacts(VOICEMAIL);
    expect(bodiesOf(NATIVE, voicemail).map(({ event }) => event)).toEqual([
      'job.completed',
      'call.completed',
      'call.missed',
    ]);
    expect(NATIVE.body('call.missed', resultFacts(VOICEMAIL, { only: ['emergency'] }))).toBeNull();
  });

  it('sends an on-demand run whole, and nothing else for it', () => {
    const run: AlgorithmRunView = {
      run_id: 'run_01jd8y7b8c9d0e1f2g3h4j5k6m',
      job_id: FLOODED_BASEMENT.job.jobId,
      algorithm_id: 'talk_ratio',
      algorithm_version: 2,
      status: 'succeeded',
      output: { dominant_speaker: 'Agent' },
      error: null,
      variables: { agent: 'Agent' },
      metrics: null,
      duration_ms: 3,
      trigger: 'on_demand',
      created_at: '2026-11-25T15:04:30.000Z',
    };
    const facts: AlgorithmRunFacts = { kind: 'algorithm-run', workspaceId: WORKSPACE_ID, run, at: AT };
    expect(bodiesOf(NATIVE, facts)).toEqual([
      {
        event: 'algorithm_run.completed',
        body: {
          type: 'algorithm_run.completed',
          timestamp: '2026-11-25T15:04:31.250Z',
          data: {
            workspace_id: WORKSPACE_ID,
            job_id: FLOODED_BASEMENT.job.jobId,
            run_id: run.run_id,
            algorithm_id: 'talk_ratio',
            algorithm_version: 2,
            trigger: 'on_demand',
            status: 'succeeded',
            output: { dominant_speaker: 'Agent' },
            error: null,
            duration_ms: 3,
            created_at: '2026-11-25T15:04:30.000Z',
          },
        },
      },
    ]);
  });

  it('restamps a stored body: its timestamp, and the recording URL where the body has one', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: 'https://a.example/old' });
    const completed = NATIVE.body('job.completed', facts)!;
    expect(NATIVE.restamp(completed, new Date('2026-12-01T08:00:00.500Z'), null)).toEqual({
      ...completed,
      timestamp: '2026-12-01T08:00:00.500Z',
      data: { ...(completed.data as object), recording_url: null },
    });
    const failed = NATIVE.body('job.failed', failureFacts(FLOODED_BASEMENT))!;
    expect(NATIVE.restamp(failed, new Date('2026-12-01T08:00:00.500Z'), 'https://a.example/new')).toEqual({
      ...failed,
      timestamp: '2026-12-01T08:00:00.500Z',
    });
  });
});
