import { callFacts, transcript } from '../../../../../test/support/transcripts';
import type { CallFacts } from '../algorithm';
import { SchemaChecker } from '../json-schema';
import { detectMissedCall, MISSED_CALL } from './missed-call.algorithm';

const schemas = new SchemaChecker();
const settings = {
  trackers: [],
  scorecards: [],
  processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
};
const detect = (text: string, facts: Partial<CallFacts> = {}, processing = settings.processing) => {
  const output = detectMissedCall({
    segments: transcript(text),
    call: callFacts(facts),
    settings: { ...settings, processing },
  });
  expect(schemas.problems(MISSED_CALL.outputSchema, output)).toEqual([]);
  return output;
};

describe('missed calls', () => {
  it('finds the business voicemail that took a caller’s message', () => {
    expect(
      detect(`
        [0-9] Voicemail: you've reached summit plumbing we can't come to the phone right now please leave a message after the tone
        [10-24] Caller: hi this is mike on elm street my kitchen sink is backing up can you call me back at five five five oh one nine two
      `),
    ).toEqual({ missed: true, short: true, reason: 'voicemail', customer_words: 26, duration_seconds: 24 });
  });

  it('finds the customer’s voicemail on an outbound call', () => {
    const output = detect(
      `
        Speaker 1: Hi, you've reached Jenna Ruiz. I'm away from my desk, I'll get back to you as soon as I can.
        Speaker 2: Hi Jenna, it's Dana from Acme following up on the quote I sent Tuesday. Give me a call back when you get a chance. Thanks!
      `,
      { repName: 'Speaker 2', durationSeconds: 41 },
    );
    expect(output).toMatchObject({ missed: true, reason: 'voicemail', short: false, duration_seconds: 41 });
  });

  it('finds a caller who hung up and a line with nobody on it', () => {
    expect(
      detect('[0-3] Agent: Thanks for calling Bright Smiles, this is Carla.\n[3-5] Caller: oh sorry wrong number'),
    ).toMatchObject({ missed: true, reason: 'hang_up', short: true, customer_words: 4 });
    expect(detect('[0-6] Agent: Northside HVAC, hello? Hello? Are you there?')).toMatchObject({
      missed: true,
      reason: 'no_customer_speech',
      customer_words: 0,
    });
    expect(detect('', { durationSeconds: 4 })).toMatchObject({
      missed: true,
      reason: 'no_speech',
      duration_seconds: 4,
    });
  });

  it('uses the workspace’s thresholds', () => {
    const text = '[0-14] Agent: Thanks for calling Summit, how can I help?\n[14-15] Caller: hello?';
    expect(detect(text).missed).toBe(false);
    expect(
      detect(text, {}, { missed_call_max_seconds: 20, short_call_max_seconds: 60, timezone: 'UTC' }),
    ).toMatchObject({
      missed: true,
      reason: 'hang_up',
    });
  });

  describe('near misses', () => {
    it('keeps a short but complete call', () => {
      expect(
        detect(`
          [0-2] Agent: Summit Plumbing.
          [2-4] Customer: Hi, what time do you close today?
          [4-6] Agent: Five o'clock.
          [6-8] Customer: Great, thanks, bye.
        `),
      ).toEqual({ missed: false, short: true, reason: null, customer_words: 10, duration_seconds: 8 });
    });

    it('is not fooled by talk about messages in a real conversation', () => {
      const output = detect(`
        Agent: Bright Smiles Dental, this is Carla.
        Patient: Hi Carla, I got a voicemail from you yesterday about my crown.
        Agent: Yes! The lab sent it back. Can you come in Thursday?
        Patient: Sure, and can you leave a message for Dr. Patel that the temporary came off?
        Agent: Of course, I'll leave him a message.
      `);
      expect(output).toMatchObject({ missed: false, reason: null });
    });

    it('counts a greeting that somebody picked up during as answered', () => {
      const output = detect(`
        Voicemail: You've reached Acme sales, please leave a message after the beep.
        Dana: Oh hi, sorry, I grabbed it, this is Dana.
        Caller: Hi Dana, I wanted to ask about the pricing for the team plan.
        Dana: Sure, it's twelve dollars a seat per month.
        Caller: Great, thanks.
      `);
      expect(output.missed).toBe(false);
    });
  });
});
