import { match } from '../../../../test/support/asymmetric-matchers';
import { appointmentOf, AppointmentRunFacts, endOfDay } from './appointment-projection';

const RECORDED = new Date('2026-11-25T15:00:05Z');
const run = (overrides: Partial<AppointmentRunFacts> = {}): AppointmentRunFacts => ({
  id: 'run_01jd5f3k1q8m2x7c9v4b6n0p3r',
  workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r',
  jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
  algorithmId: 'appointment',
  status: 'succeeded',
  output: {
    booked: true,
    status: 'booked',
    start: '2026-11-26T14:30:00-05:00',
    date: '2026-11-26',
    text: 'tomorrow at two thirty',
    evidence: { quote: "you're all set for tomorrow at two thirty", speaker: 'Agent', segment_index: 4, start: 21 },
  },
  variables: { timezone: 'America/New_York' },
  createdAt: RECORDED,
  ...overrides,
});
const call = {
  callId: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
  direction: 'inbound' as const,
  fromNumber: '+1555',
  toNumber: null,
};

describe('the appointments projection', () => {
  it('keeps what the run said, with the call, an id derived from the job and the instant it passes', () => {
    const appointment = appointmentOf(run(), call);
    expect(appointment).toEqual({
      workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r',
      jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
      id: match.stringMatching(/^appt_[0-9a-f]{26}$/),
      callId: call.callId,
      direction: 'inbound',
      fromNumber: '+1555',
      toNumber: null,
      runId: 'run_01jd5f3k1q8m2x7c9v4b6n0p3r',
      status: 'booked',
      startAt: new Date('2026-11-26T19:30:00Z'),
      startText: '2026-11-26T14:30:00-05:00',
      day: '2026-11-26',
      timezone: 'America/New_York',
      spokenTime: 'tomorrow at two thirty',
      quote: "you're all set for tomorrow at two thirty",
      passesAt: new Date('2026-11-26T19:30:00Z'),
      createdAt: RECORDED,
      updatedAt: RECORDED,
    });
    expect(appointmentOf(run({ id: 'run_other', createdAt: new Date() }), null)?.id).toBe(appointment?.id);
    expect(appointmentOf(run({ jobId: 'job_other' }), null)?.id).not.toBe(appointment?.id);
  });

  it('passes a day-only appointment at the end of that day in its timezone, and one with neither never', () => {
    const dayOnly = appointmentOf(run({ output: { ...run().output, start: null } }), null);
    expect(dayOnly).toMatchObject({ startAt: null, startText: null, passesAt: new Date('2026-11-27T05:00:00Z') });
    const neither = appointmentOf(run({ output: { ...run().output, start: null, date: null } }), null);
    expect(neither).toMatchObject({ day: null, passesAt: null });
    expect(endOfDay('2026-03-07', 'America/New_York')).toEqual(new Date('2026-03-08T05:00:00Z'));
    // London is on summer time (UTC+1) until the morning of 25 October 2026: the day's end takes the next day's offset.
    expect(endOfDay('2026-10-24', 'Europe/London')).toEqual(new Date('2026-10-24T23:00:00Z'));
    expect(endOfDay('2026-10-25', 'Europe/London')).toEqual(new Date('2026-10-26T00:00:00Z'));
    expect(endOfDay('2026-12-31', 'Not/AZone')).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('reads the timezone variable, UTC for runs from before variables were recorded', () => {
    expect(appointmentOf(run({ variables: {} }), null)?.timezone).toBe('UTC');
  });

  it('keeps no appointment from failed runs, other algorithms or copies, and keeps none/discussed as such', () => {
    expect(appointmentOf(run({ status: 'failed', output: null }), call)).toBeNull();
    expect(appointmentOf(run({ algorithmId: 'appointment.copy_1' }), call)).toBeNull();
    expect(appointmentOf(run({ algorithmId: 'missed_call' }), call)).toBeNull();
    const none = { booked: false, status: 'none', start: null, date: null, text: null, evidence: null };
    expect(appointmentOf(run({ output: none }), call)).toMatchObject({ status: 'none', quote: null, passesAt: null });
  });
});
