import { AT, CLEANING_BOOKED, failureFacts, FLOODED_BASEMENT, resultFacts, VOICEMAIL } from '../fixtures/calls';
import { bodiesOf } from '../payload-format';
import { KRIDTECH } from './kridtech.format';

const RECORDING = 'https://recordings.summitplumbing.example/2026/11/25/call_01jd8y4q2r5s7t9v1w3x5y7z9b.wav';
const FIELDS = ['callId', 'status', 'durationMs', 'transcript', 'recordingUrl', 'dynamicVariables'];

describe('the kridtech format', () => {
  it('sends every field of an analysed call, metadata as string dynamic variables', () => {
    const facts = resultFacts(FLOODED_BASEMENT, { recordingUrl: RECORDING });
    expect(KRIDTECH.body('call.completed', facts)).toEqual({
      callId: 'call_01jd8y4q2r5s7t9v1w3x5y7z9b',
      status: 'completed',
      durationMs: 27400,
      transcript: [
        'Agent: Summit Plumbing, this is Jess, how can I help?',
        'Caller: Hi, our basement is flooding, a pipe burst and water is pouring out everywhere.',
        'Agent: Okay, shut the main water valve first. I can have a tech there today at 2, does that work?',
        'Caller: Yes please, that works.',
        "Agent: You're booked for today at 2. José will call when he's on the way.",
      ].join('\n'),
      recordingUrl: RECORDING,
      // crm_id is null in the metadata: a variable without a value is left out, not sent as "null".
      dynamicVariables: [
        { variable: 'customer_name', value: 'Dana Whitfield' },
        { variable: 'priority_customer', value: 'true' },
        { variable: 'open_invoices', value: '0' },
      ],
    });
  });

  it('keeps every field, null when the call does not say it', () => {
    const body = KRIDTECH.body('call.completed', resultFacts(CLEANING_BOOKED));
    expect(Object.keys(body ?? {})).toEqual(FIELDS);
    expect(body).toMatchObject({ durationMs: null, recordingUrl: null, dynamicVariables: null });
    // JSON.stringify drops undefined but keeps null: the receiver sees all six keys.
    expect(Object.keys(JSON.parse(JSON.stringify(body)) as object)).toEqual(FIELDS);
  });

  it('sends the measured length of the recording over the duration sent with the call', () => {
    const measured = resultFacts({
      ...VOICEMAIL,
      job: { ...VOICEMAIL.job, durationSeconds: 15, audioSeconds: 16.4821 },
    });
    expect(KRIDTECH.body('call.completed', measured)).toMatchObject({ durationMs: 16482 });
    const untimed = resultFacts({ ...VOICEMAIL, job: { ...VOICEMAIL.job, durationSeconds: 15, audioSeconds: null } });
    expect(KRIDTECH.body('call.completed', untimed)).toMatchObject({ durationMs: 15000 });
    const measuredOnly = resultFacts({ ...CLEANING_BOOKED, job: { ...CLEANING_BOOKED.job, audioSeconds: 61.2 } });
    expect(KRIDTECH.body('call.completed', measuredOnly)).toMatchObject({ durationMs: 61200 });
  });

  it('rounds the duration to whole milliseconds', () => {
    const facts = resultFacts({ ...VOICEMAIL, job: { ...VOICEMAIL.job, durationSeconds: 94.0004 } });
    expect(KRIDTECH.body('call.completed', facts)).toMatchObject({ durationMs: 94000 });
  });

  it('sends one call.completed whatever the call’s outcome, and nothing for a failed job', () => {
    expect(bodiesOf(KRIDTECH, resultFacts(VOICEMAIL)).map(({ event }) => event)).toEqual(['call.completed']);
    expect(bodiesOf(KRIDTECH, resultFacts(FLOODED_BASEMENT, { only: [] })).map(({ event }) => event)).toEqual([
      'call.completed',
    ]);
    expect(bodiesOf(KRIDTECH, failureFacts(FLOODED_BASEMENT))).toEqual([]);
    expect(() => KRIDTECH.body('call.missed', resultFacts(VOICEMAIL))).toThrow(
      'the kridtech format carries no call.missed event',
    );
  });

  it('signs nothing and gives the receiver 10 seconds', () => {
    expect(KRIDTECH.signatureHeaders('{}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'dlv_01', AT)).toEqual({});
    expect(KRIDTECH.timeoutSeconds).toBe(10);
  });

  it('restamps a stored body with a recording URL signed anew, and nothing else', () => {
    const [{ body }] = bodiesOf(KRIDTECH, resultFacts(FLOODED_BASEMENT, { recordingUrl: 'https://a.example/old' }));
    expect(KRIDTECH.restamp(body, new Date('2026-12-01T08:00:00.500Z'), 'https://a.example/new')).toEqual({
      ...body,
      recordingUrl: 'https://a.example/new',
    });
  });
});
