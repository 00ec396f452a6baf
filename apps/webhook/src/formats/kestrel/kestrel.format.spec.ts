import { spawnSync } from 'node:child_process';
import { match } from '../../../../../test/support/asymmetric-matchers';
import { AT, CLEANING_BOOKED, failureFacts, FLOODED_BASEMENT, resultFacts, VOICEMAIL } from '../fixtures/calls';
import { bodiesOf } from '../payload-format';
import { KESTREL, KESTREL_SIGNATURE_HEADER } from './kestrel.format';

const RECORDING = 'https://recordings.summitplumbing.example/2026/11/25/call_01jd8y4q2r5s7t9v1w3x5y7z9b.wav';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const DELIVERY_ID = 'dlv_01jd8y7b8c9d0e1f2g3h4j5k6m';

/**
 * A receiver's check written with Python's own hmac, not ours: the signature over the bytes it
 * was handed, keyed with the secret string's UTF-8 bytes, compared in constant time.
 */
function pythonVerifies(rawBody: Buffer, secret: string, signature: string): { expected: string; valid: boolean } {
  const script = [
    'import hashlib, hmac, sys',
    "expected = hmac.new(sys.argv[1].encode('utf-8'), sys.stdin.buffer.read(), hashlib.sha256).hexdigest()",
    "print(expected, 'valid' if hmac.compare_digest(expected, sys.argv[2]) else 'invalid')",
  ].join('\n');
  const run = spawnSync('python3', ['-c', script, secret, signature], { input: rawBody, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const [expected, verdict] = run.stdout.trim().split(' ');
  return { expected, valid: verdict === 'valid' };
}

describe('the kestrel format', () => {
  it('sends call.completed with every field of an inbound call', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: RECORDING });
    expect(KESTREL.body('call.completed', facts)).toEqual({
      event: 'call.completed',
      timestamp: '2026-11-25T15:04:31Z',
      data: {
        call_id: 'call_01jd8y4q2r5s7t9v1w3x5y7z9b',
        phone_number: '+15125550143',
        duration: 27,
        outcome: 'emergency',
        transcript: [
          'Agent: Summit Plumbing, this is Jess, how can I help?',
          'Caller: Hi, our basement is flooding, a pipe burst and water is pouring out everywhere.',
          'Agent: Okay, shut the main water valve first. I can have a tech there today at 2, does that work?',
          'Caller: Yes please, that works.',
          "Agent: You're booked for today at 2. José will call when he's on the way.",
        ].join('\n'),
        recording_url: RECORDING,
      },
    });
  });

  it('adds appointment.booked with the booked time and emergency.detected with what the caller said', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: RECORDING });
    const completed = KESTREL.body('call.completed', facts) as { data: Record<string, unknown> };
    expect(KESTREL.body('appointment.booked', facts)).toEqual({
      event: 'appointment.booked',
      timestamp: '2026-11-25T15:04:31Z',
      data: {
        ...completed.data,
        appointment: {
          status: 'booked',
          start: '2026-11-25T14:00:00-06:00',
          date: '2026-11-25',
          text: 'today at 2',
        },
      },
    });
    expect(KESTREL.body('emergency.detected', facts)).toEqual({
      event: 'emergency.detected',
      timestamp: '2026-11-25T15:04:31Z',
      data: {
        ...completed.data,
        emergency: {
          category: 'flooding',
          severity: 'high',
          quote: 'Hi, our basement is flooding, a pipe burst and water is pouring out everywhere.',
        },
      },
    });
    expect(KESTREL.body('call.missed', facts)).toBeNull();
    expect(bodiesOf(KESTREL, facts).map(({ event }) => event)).toEqual([
      'call.completed',
      'appointment.booked',
      'emergency.detected',
    ]);
  });

  it('sends call.missed for a voicemail, with the dialled number of an outbound call', () => {
    const facts = resultFacts(VOICEMAIL);
    expect(KESTREL.body('call.missed', facts)).toEqual({
      event: 'call.missed',
      timestamp: '2026-11-25T15:04:31Z',
      data: {
        call_id: 'call_01jd8z0a1b2c3d4e5f6g7h8j9m',
        phone_number: '+15125550178',
        duration: 15,
        outcome: 'voicemail',
        transcript:
          "Voicemail: You've reached Summit Plumbing, please leave a message after the tone.\nCaller: Hi, it's Mike, call me back about the water heater.",
        recording_url: null,
      },
    });
    expect(bodiesOf(KESTREL, facts).map(({ event }) => event)).toEqual(['call.completed', 'call.missed']);
  });

  it('sends the measured length of the recording, in whole seconds, over the duration sent with the call', () => {
    const duration = (job: Partial<typeof VOICEMAIL.job>) =>
      (
        KESTREL.body('call.completed', resultFacts({ ...VOICEMAIL, job: { ...VOICEMAIL.job, ...job } })) as {
          data: { duration: unknown };
        }
      ).data.duration;
    expect(duration({ durationSeconds: 15, audioSeconds: 16.6 })).toBe(17);
    expect(duration({ durationSeconds: 15, audioSeconds: null })).toBe(15);
    expect(duration({ durationSeconds: null, audioSeconds: 3.2 })).toBe(3);
  });

  it('sends null for what a transcript-only call does not say: the number, the duration, the recording', () => {
    const facts = resultFacts(CLEANING_BOOKED);
    expect(KESTREL.body('call.completed', facts)).toMatchObject({
      data: {
        call_id: 'call_01jd8z5n6p7q8r9s0t1v2w3x4z',
        phone_number: null,
        duration: null,
        outcome: 'appointment_booked',
        recording_url: null,
      },
    });
    expect(KESTREL.body('appointment.booked', facts)).toMatchObject({
      data: {
        appointment: { status: 'booked', start: '2026-11-27T09:00:00-06:00', date: '2026-11-27', text: 'Friday at 9' },
      },
    });
    expect(KESTREL.body('emergency.detected', facts)).toBeNull();
    expect(KESTREL.body('call.missed', facts)).toBeNull();
  });

  it('sends only call.completed, with no outcome, when the detectors did not run on the call', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { only: [] });
    expect(bodiesOf(KESTREL, facts)).toEqual([
      { event: 'call.completed', body: match.objectContaining({ event: 'call.completed' }) },
    ]);
    expect(KESTREL.body('call.completed', facts)).toMatchObject({ data: { outcome: null } });
    expect(bodiesOf(KESTREL, resultFacts(FLOODED_BASEMENT, { only: ['outcome'] })).length).toBe(1);
  });

  it('sends nothing for a failed job and refuses an event it does not carry', () => {
    expect(bodiesOf(KESTREL, failureFacts(FLOODED_BASEMENT))).toEqual([]);
    expect(() => KESTREL.body('job.completed', resultFacts(FLOODED_BASEMENT))).toThrow(
      'the kestrel format carries no job.completed event',
    );
  });

  describe('X-Kestrel-Signature', () => {
    const rawBody = JSON.stringify(KESTREL.body('call.completed', resultFacts(FLOODED_BASEMENT)));

    it('is the HMAC-SHA256 of the body, keyed with the whole secret, as Python computes it', () => {
      const headers = KESTREL.signatureHeaders(rawBody, SECRET, DELIVERY_ID, AT);
      expect(Object.keys(headers)).toEqual([KESTREL_SIGNATURE_HEADER]);
      const signature = headers[KESTREL_SIGNATURE_HEADER];
      expect(signature).toMatch(/^[0-9a-f]{64}$/);
      // The transcript's "José" makes the body's bytes differ from its UTF-16 length.
      expect(Buffer.byteLength(rawBody)).toBeGreaterThan(rawBody.length);
      expect(pythonVerifies(Buffer.from(rawBody, 'utf8'), SECRET, signature)).toEqual({
        expected: signature,
        valid: true,
      });
    });

    it('is over the exact bytes: the same JSON spaced differently, another body or another secret does not verify', () => {
      const signature = KESTREL.signatureHeaders(rawBody, SECRET, DELIVERY_ID, AT)[KESTREL_SIGNATURE_HEADER];
      const respaced = JSON.stringify(JSON.parse(rawBody), null, 2);
      expect(JSON.parse(respaced)).toEqual(JSON.parse(rawBody));
      expect(pythonVerifies(Buffer.from(respaced, 'utf8'), SECRET, signature).valid).toBe(false);
      const tampered = rawBody.replace('"duration":27', '"duration":28');
      expect(tampered).not.toBe(rawBody);
      expect(pythonVerifies(Buffer.from(tampered, 'utf8'), SECRET, signature).valid).toBe(false);
      expect(pythonVerifies(Buffer.from(rawBody, 'utf8'), SECRET.slice('whsec_'.length), signature).valid).toBe(false);
    });

    it('does not depend on the delivery id or the time, so a redelivery carries the same signature', () => {
      const first = KESTREL.signatureHeaders(rawBody, SECRET, DELIVERY_ID, AT);
      const later = KESTREL.signatureHeaders(rawBody, SECRET, 'dlv_01jd8z9z9z9z9z9z9z9z9z9z9z', new Date());
      expect(later).toEqual(first);
    });
  });

  it('carries its four events on the service’s default timeout', () => {
    expect(KESTREL.events).toEqual(['call.completed', 'appointment.booked', 'emergency.detected', 'call.missed']);
    expect(KESTREL.timeoutSeconds).toBeNull();
  });

  it('restamps a stored body: a whole-second timestamp and a recording URL signed anew', () => {
    const [{ body }] = bodiesOf(KESTREL, resultFacts(FLOODED_BASEMENT, { recordingUrl: 'https://a.example/old' }));
    const again = KESTREL.restamp(body, new Date('2026-12-01T08:00:00.500Z'), 'https://a.example/new');
    expect(again).toEqual({
      ...body,
      timestamp: '2026-12-01T08:00:00Z',
      data: { ...(body.data as object), recording_url: 'https://a.example/new' },
    });
  });
});
