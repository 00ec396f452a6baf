import { failurePayload, resultPayload } from '../../deliveries/webhook-payload';
import { AT, failureFacts, FLOODED_BASEMENT, resultFacts, WORKSPACE_ID } from '../fixtures/calls';
import { bodiesOf } from '../payload-format';
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
    expect(NATIVE.events).toEqual(['job.completed', 'job.failed', 'endpoint.disabled']);
    expect(NATIVE.signatureHeaders('{}', 'whsec_c2VjcmV0', 'dlv_01jd8y7b8c9d0e1f2g3h4j5k6m', AT)).toEqual({});
    expect(NATIVE.timeoutSeconds).toBeNull();
  });

  it('refuses an event it does not carry', () => {
    expect(() => NATIVE.body('call.completed', resultFacts(FLOODED_BASEMENT))).toThrow(
      'the native format carries no call.completed event',
    );
  });
});
