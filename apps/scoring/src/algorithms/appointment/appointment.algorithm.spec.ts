import { callFacts, transcript } from '../../../../../test/support/transcripts';
import { SchemaChecker } from '../json-schema';
import { APPOINTMENT, detectAppointment } from './appointment.algorithm';

const schemas = new SchemaChecker();
/** Wednesday 25 November 2026, 10:00 in New York. */
const CALL_DATE = '2026-11-25T15:00:00Z';
const detect = (text: string, timezone = 'America/New_York', callDate: string | null = CALL_DATE) => {
  const output = detectAppointment({
    segments: transcript(text),
    call: callFacts({ callDate }),
    variables: { timezone },
  });
  expect(schemas.problems(APPOINTMENT.outputSchema, output)).toEqual([]);
  return output;
};

describe('appointment booking', () => {
  it('books the time the agent proposed and the caller accepted, said in words', () => {
    const output = detect(`
      [0-5] Receptionist: bright smiles dental this is carla how can i help
      [5-11] Patient: hi i need to get a cleaning and my tooth has been a bit sensitive
      [11-18] Receptionist: sure let me look we have an opening tomorrow at two thirty or thursday at quarter past ten
      [18-21] Patient: two thirty tomorrow works
      [21-27] Receptionist: perfect you're all set for tomorrow at two thirty we'll see you then
    `);
    expect(output).toEqual({
      booked: true,
      status: 'booked',
      start: '2026-11-26T14:30:00-05:00',
      date: '2026-11-26',
      text: 'tomorrow at two thirty',
      evidence: {
        quote: "perfect you're all set for tomorrow at two thirty we'll see you then",
        speaker: 'Receptionist',
        segment_index: 4,
        start: 21,
      },
    });
  });

  it('puts the day and the time said in different turns together', () => {
    const output = detect(`
      Agent: Northside HVAC, how can I help?
      Customer: Hi, I'd like someone to come out and service my furnace.
      Agent: Sure. Would Monday work for you?
      Customer: Monday is fine. What times do you have?
      Agent: I have a slot at nine a.m. or one in the afternoon.
      Customer: Nine works for me.
      Agent: Great, I've booked you for Monday at nine.
    `);
    expect(output).toMatchObject({ booked: true, status: 'booked', start: '2026-11-30T09:00:00-05:00' });
  });

  it('resolves "the fourteenth" and "noon" and keeps the zone’s offset on that day', () => {
    const output = detect(
      `
      Agent: Good morning, Lakeside Physio.
      Caller: Hi, can I book an assessment? Do you have anything on the fourteenth?
      Agent: We do, at noon.
      Caller: Yes please.
    `,
      'Europe/London',
    );
    expect(output).toMatchObject({ booked: true, start: '2026-12-14T12:00:00+00:00', text: 'the fourteenth at noon' });
    const summer = detectAppointment({
      segments: transcript('Agent: How about next tuesday at 10?\nCaller: Yes, that works.'),
      call: callFacts({ callDate: '2026-03-06T15:00:00Z' }),
      variables: { timezone: 'America/New_York' },
    });
    expect(summer.start).toBe('2026-03-10T10:00:00-04:00');
  });

  it('books when the caller proposes and the office accepts', () => {
    expect(
      detect(`
        Agent: Acme Auto, this is Ray.
        Customer: Hi, can I bring my car in Friday morning at 8 for the oil change?
        Agent: Yes, we can do that. See you Friday.
      `),
    ).toMatchObject({ booked: true, status: 'booked', start: '2026-11-27T08:00:00-05:00' });
  });

  it('reports a reschedule with the new time', () => {
    const output = detect(`
      Agent: Bright Smiles Dental.
      Patient: Hi, I have an appointment on Thursday at 3 but I need to reschedule, something came up at work.
      Agent: No problem. How about Monday December 7th at 11?
      Patient: That works.
      Agent: Okay, you're all set for Monday the 7th at 11 and I've cancelled Thursday.
    `);
    expect(output).toMatchObject({ booked: true, status: 'rescheduled', start: '2026-12-07T11:00:00-05:00' });
  });

  it('follows an unpunctuated reschedule in ASR text', () => {
    const output = detect(`
      agent: good afternoon northside hvac this is mark
      customer: hi this is linda i have a tune up booked for friday but i need to move it
      agent: no problem what day works better for you
      customer: could you do monday the thirtieth in the morning
      agent: i have monday at eight thirty or ten fifteen
      customer: ten fifteen
      agent: okay ten fifteen on monday the thirtieth
      customer: yes perfect
      agent: alright you're all set
    `);
    expect(output).toMatchObject({
      booked: true,
      status: 'rescheduled',
      start: '2026-11-30T10:15:00-05:00',
      date: '2026-11-30',
    });
  });

  it('reports a cancellation with the appointment it cancelled', () => {
    const output = detect(`
      Agent: Bright Smiles Dental, how can I help?
      Patient: hi i need to cancel my appointment tomorrow at ten thirty
      Agent: okay i've cancelled that for you would you like to rebook
      Patient: no thanks i'll call back when i know my schedule
    `);
    expect(output).toMatchObject({ booked: false, status: 'cancelled', start: '2026-11-26T10:30:00-05:00' });
  });

  describe('near misses', () => {
    it('keeps a declined proposal as discussed', () => {
      const output = detect(`
        Agent: We have Thursday at 2:30 available.
        Customer: Hmm, that doesn't work for me, let me check my calendar and I'll call you back.
      `);
      expect(output).toMatchObject({ booked: false, status: 'discussed', start: '2026-11-26T14:30:00-05:00' });
    });

    it('does not book when the caller says no to the booking just made', () => {
      const output = detect(`
        Agent: I'll go ahead and book you for Friday at 4.
        Customer: No wait, I can't do Friday.
      `);
      expect(output.booked).toBe(false);
    });

    it('does not take opening hours or a past visit for an appointment', () => {
      const output = detect(`
        Agent: Summit Plumbing.
        Customer: Hi, what time are you open until on Saturday?
        Agent: We're open until 5 on Saturdays.
        Customer: Great, and my last appointment was on the 3rd, did you get the payment?
        Agent: Yes, that went through.
      `);
      expect(output.booked).toBe(false);
      expect(output.start).toBeNull();
    });

    it('does not count an agent offering to cancel', () => {
      const output = detect(`
        Agent: Do you want to cancel it or move it?
        Customer: Oh no, keep it. I'll be there tomorrow at 9.
        Agent: Great, see you tomorrow.
      `);
      expect(output).toMatchObject({ booked: true, status: 'booked', start: '2026-11-26T09:00:00-05:00' });
    });

    it('says none for a call about something else', () => {
      expect(detect('Agent: Acme support.\nCustomer: My invoice has the wrong address on it.')).toEqual({
        booked: false,
        status: 'none',
        start: null,
        date: null,
        text: null,
        evidence: null,
      });
    });
  });

  describe('how bookings are said on the phone', () => {
    it('books the start of an arrival window once the agent puts it on the schedule', () => {
      const output = detect(`
        Agent: valley plumbing this is dee
        Customer: hi my kitchen sink drains really slow and it gurgles
        Agent: ok i can have someone there friday between nine and eleven
        Customer: yeah friday between nine and eleven
        Agent: ok you're on the schedule the tech calls when he's on the way
      `);
      expect(output).toMatchObject({ booked: true, start: '2026-11-27T09:00:00-05:00' });
    });

    it('takes "morning" as am for an early hour, and "got you down" as the confirmation', () => {
      const output = detect(`
        Agent: Hi, Riverbend Chiropractic. The first opening I have is six forty five Monday morning.
        Customer: That would be great, before my shift.
        Agent: Got you down.
      `);
      expect(output).toMatchObject({ booked: true, start: '2026-11-30T06:45:00-05:00' });
    });

    it('uses the US zone said with the time, and an accept after "let me check"', () => {
      const output = detect(
        `
        Rep: Could we do the walkthrough Tuesday at eleven thirty Pacific?
        Prospect: Let me check. Yes, that works for me.
        Rep: Great, I'll send the invite now.
      `,
        'America/Chicago',
      );
      expect(output).toMatchObject({ booked: true, start: '2026-12-01T11:30:00-08:00' });
    });

    it('counts weeks from today', () => {
      const output = detect(`
        Agent: How about two weeks from today at four for the follow up?
        Customer: Sure, that's fine.
        Agent: Done, see you then.
      `);
      expect(output).toMatchObject({ booked: true, start: '2026-12-09T16:00:00-05:00' });
    });

    it('books the day moved to, not the day moved from', () => {
      const output = detect(`
        Customer: Hi, I can't make my visit Friday at two. Can I move it?
        Agent: Sure. I've moved you from Friday at two to Monday at ten.
      `);
      expect(output).toMatchObject({ booked: true, status: 'rescheduled', start: '2026-11-30T10:00:00-05:00' });
    });

    it('does not book on "you\'re all set" or "done" when no time was offered', () => {
      const output = detect(`
        Agent: Billing, this is Sam.
        Customer: I was charged twice, the card ends eight twenty.
        Agent: I see it. Done. The refund goes back today.
        Agent: You're all set.
      `);
      expect(output.booked).toBe(false);
    });

    it('does not book a reminder call that only confirms the time already booked', () => {
      const output = detect(`
        Agent: hi this is jo from lakeside dental calling to confirm your cleaning thursday at ten
        Patient: oh yes that still works
        Agent: great we'll see you thursday
      `);
      expect(output.booked).toBe(false);
    });

    it('reads neither an address nor a price as the time booked', () => {
      const output = detect(`
        Customer: The water heater is leaking. How soon can somebody come?
        Agent: We can be there at noon today.
        Customer: Noon is fine. How much will that cost?
        Agent: The service call starts at one forty nine.
        Customer: Okay, I'm at four twelve Birch Street.
        Agent: You're on the schedule for noon.
      `);
      expect(output).toMatchObject({ booked: true, start: '2026-11-25T12:00:00-05:00' });
    });
  });

  it('still reports a booking without a call date, only without the time it cannot resolve', () => {
    const output = detect('Agent: Can you do tomorrow at 2?\nCustomer: Yes.\nAgent: You are booked.', 'UTC', null);
    expect(output).toMatchObject({ booked: true, status: 'booked', start: null });
  });

  it('refuses a timezone that is not one', () => {
    expect(() => detect('Agent: hi', 'Mars/Olympus')).toThrow(/not an IANA timezone/);
  });
});
