import { callFacts, transcript } from '../../../../../test/support/transcripts';
import type { CallFacts } from '../algorithm';
import { detectAppointment } from '../appointment/appointment.algorithm';
import { detectEmergency, EMERGENCY, EmergencyVariables } from '../emergency/emergency.algorithm';
import { SchemaChecker } from '../json-schema';
import { detectMissedCall } from '../missed-call/missed-call.algorithm';
import { classifyOutcome, OUTCOME } from './outcome.algorithm';

const schemas = new SchemaChecker();
const settings = {
  trackers: [],
  scorecards: [],
  processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
};

/** The outcome over the real detectors' outputs, as the runner would hand them over. */
const classify = (text: string, facts: Partial<CallFacts> = {}) => {
  const segments = transcript(text);
  const call = callFacts({ callDate: '2026-11-25T15:00:00Z', ...facts });
  const emergencyVariables = schemas.withDefaultsApplied<EmergencyVariables>(EMERGENCY.variablesSchema, {});
  if ('problems' in emergencyVariables) throw new Error('no defaults');
  const results = new Map<string, Record<string, unknown>>([
    ['emergency', detectEmergency({ segments, call, variables: emergencyVariables.value })],
    ['appointment', detectAppointment({ segments, call, variables: { timezone: 'America/Chicago' } })],
    ['missed_call', detectMissedCall({ segments, call, settings })],
  ]);
  const output = classifyOutcome({ segments, call, results });
  expect(schemas.problems(OUTCOME.outputSchema, output)).toEqual([]);
  return output;
};

describe('call outcome', () => {
  it('puts an emergency before the booking made for it', () => {
    const output = classify(`
      Agent: Summit Plumbing, how can I help?
      Caller: Our basement is flooding, a pipe burst and water is pouring out.
      Agent: Shut the main valve. I can have a tech there today at 2, does that work?
      Caller: Yes please.
    `);
    expect(output.outcome).toBe('emergency');
    expect(output.reasons).toEqual([
      'emergency detected: flooding (high)',
      'appointment booked for 2026-11-25T14:00:00-06:00',
    ]);
    expect(output.evidence?.speaker).toBe('Caller');
  });

  it('says appointment_booked over a follow-up promise', () => {
    const output = classify(`
      Receptionist: Bright Smiles Dental.
      Patient: Hi, I'd like to book a cleaning. Do you have anything Friday morning?
      Receptionist: We have Friday at 9. I'll also have the billing team call you about your insurance.
      Patient: Friday at 9 works.
      Receptionist: You're all set.
    `);
    expect(output.outcome).toBe('appointment_booked');
    expect(output.reasons[1]).toMatch(/^follow-up promised/);
  });

  it('says voicemail or missed from the missed-call finding', () => {
    expect(
      classify(`
        [0-8] Voicemail: You've reached Summit Plumbing, please leave a message after the tone.
        [8-15] Caller: Hi, it's Mike, call me back about the water heater.
      `).outcome,
    ).toBe('voicemail');
    expect(classify('[0-3] Agent: Summit Plumbing, this is Jess.\n[3-4] Caller: hello?').outcome).toBe('missed');
  });

  it('hears a promised follow-up', () => {
    const output = classify(`
      agent: acme support this is priya
      customer: hi my invoice shows the wrong tax rate for our account
      agent: i see that let me check with our billing team and get back to you by tomorrow
      customer: okay thanks
    `);
    expect(output).toMatchObject({ outcome: 'follow_up_needed' });
    expect(output.evidence?.quote).toBe(
      'i see that let me check with our billing team and get back to you by tomorrow',
    );
  });

  it('hears a fix confirmed', () => {
    const output = classify(`
      Agent: Acme support, this is Priya.
      Customer: My router keeps dropping the connection.
      Agent: Let's restart it from the admin page. Click reboot and wait a minute.
      Customer: Okay, it's back up. That fixed it, thank you!
    `);
    expect(output.outcome).toBe('resolved');
  });

  it('takes a request the agent carried out as resolved, over the questions answered on the way', () => {
    const output = classify(`
      Agent: northwind gas and electric billing this is priya
      Customer: hi i moved last month can you change the mailing address on my account
      Agent: sure what's the new address
      Customer: it's eighty eight harbor road unit four
      Customer: and will the next bill go there
      Agent: yes the next statement will be mailed to the new address
      Agent: okay i've just updated the address on the account
      Customer: thanks that's all i needed
    `);
    expect(output.outcome).toBe('resolved');
    expect(output.reasons[0]).toBe('resolution confirmed: "i\'ve just updated"');
  });

  it('hears a promise to send something later as a follow-up', () => {
    const output = classify(`
      Customer: Can you put together pricing for the three rooftop units?
      Agent: Yes. He'll send the written estimate by Friday.
      Customer: Thanks.
    `);
    expect(output).toMatchObject({ outcome: 'follow_up_needed', reasons: ['follow-up promised: "He\'ll send"'] });
  });

  it('takes a promise kept during the call as resolved, and one made after the fix as a follow-up', () => {
    const kept = classify(`
      agent: i'll send a code to your phone read it back to me
      customer: ok it's four four one nine
      agent: i've reset the password try now
      customer: it worked thanks
    `);
    expect(kept.outcome).toBe('resolved');
    const after = classify(`
      Customer: Hi, my invoice lists twelve seats but we only have ten.
      Agent: You're right, sorry about that. I've corrected the invoice.
      Agent: I'll email you the new copy once accounting signs it.
      Customer: Okay, thanks.
    `);
    expect(after.outcome).toBe('follow_up_needed');
  });

  it('does not take an update that is only asked about as resolved', () => {
    const output = classify(`
      Customer: Has my payment been processed yet?
      Agent: Not yet, payments post overnight and you'll see it tomorrow morning in the portal.
    `);
    expect(output.outcome).toBe('information_provided');
  });

  it('counts answered questions as information provided', () => {
    expect(
      classify(`
        Agent: Northside HVAC.
        Customer: Hi, do you service heat pumps from Mitsubishi?
        Agent: We do, we service all the major brands including Mitsubishi.
        Customer: Great, thanks, that's all I wanted to know.
      `).outcome,
    ).toBe('information_provided');
  });

  describe('near misses', () => {
    it('does not take a denied follow-up or a question for one', () => {
      const output = classify(`
        Agent: Acme support.
        Customer: My login stopped working after the update.
        Agent: Are you all set with a new password? You won't need us to call you back?
        Customer: No, it still doesn't work.
      `);
      expect(output).toMatchObject({ outcome: 'no_resolution', confidence: 0.75 });
    });

    it('does not call a scheduling chat that ended without a time a booking', () => {
      const output = classify(`
        Agent: We have Thursday at 2:30 available.
        Customer: Hmm, that doesn't work, I'll call you back when I know my schedule.
      `);
      expect(output.outcome).toBe('follow_up_needed');
    });
  });
});
