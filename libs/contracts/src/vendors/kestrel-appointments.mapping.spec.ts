import {
  AppointmentFilter,
  AppointmentRow,
  LISTED_APPOINTMENT_STATUSES,
  ListedAppointmentStatus,
} from './appointments';
import {
  KESTREL_APPOINTMENT_FILTERS,
  KESTREL_APPOINTMENT_STATUSES,
  kestrelAppointmentBounds,
  kestrelAppointmentStatusOf,
  toKestrelAppointment,
} from './kestrel.mapping';

const NOW = new Date('2026-03-10T15:00:00Z');
const row = (overrides: Partial<AppointmentRow> = {}): AppointmentRow => ({
  appointmentId: 'appt_5d2c0b7e9f1a3c4d6e8f0a1b2c',
  jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
  callId: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
  direction: 'inbound',
  fromNumber: '+15551234567',
  toNumber: '+15550000000',
  runId: 'run_01jd5f3k1q8m2x7c9v4b6n0p3r',
  status: 'booked',
  start: '2026-03-12T14:30:00-04:00',
  date: '2026-03-12',
  timezone: 'America/New_York',
  spokenTime: 'thursday at two thirty',
  quote: "Perfect, you're all set for Thursday at two thirty.",
  passesAt: '2026-03-12T18:30:00.000Z',
  createdAt: '2026-03-09T10:30:00.123Z',
  updatedAt: '2026-03-09T10:31:00.456Z',
  ...overrides,
});

/** Whether a filter selects an appointment at NOW, as scoring's SQL reads it. */
const selects = (filter: AppointmentFilter, status: ListedAppointmentStatus, passesAt: string | null): boolean => {
  if (!filter.statuses.includes(status)) return false;
  const passed = passesAt !== null && new Date(passesAt) <= NOW;
  return filter.timing === undefined || (filter.timing === 'past' ? passed : !passed);
};

const PASSES = [
  ['in the future', '2026-03-12T18:30:00.000Z'],
  ['exactly now', NOW.toISOString()],
  ['in the past', '2026-03-01T00:00:00.000Z'],
  ['unknown', null],
] as const;

describe('KestrelVoice appointment statuses', () => {
  it.each(LISTED_APPOINTMENT_STATUSES.flatMap((status) => PASSES.map(([when, at]) => [status, when, at] as const)))(
    'a %s appointment passing %s is in exactly the filter of the status it is shown with',
    (status, _when, passesAt) => {
      const shown = kestrelAppointmentStatusOf({ status, passesAt }, NOW);
      const matching = KESTREL_APPOINTMENT_STATUSES.filter((vendor) =>
        selects(KESTREL_APPOINTMENT_FILTERS[vendor], status, passesAt),
      );
      expect(matching).toEqual([shown]);
    },
  );

  it('schedules a booking until its time, completes it from then, and cancels whenever it was for', () => {
    expect(kestrelAppointmentStatusOf({ status: 'booked', passesAt: '2026-03-10T15:00:01Z' }, NOW)).toBe('scheduled');
    expect(kestrelAppointmentStatusOf({ status: 'rescheduled', passesAt: '2026-03-10T15:00:00Z' }, NOW)).toBe(
      'completed',
    );
    expect(kestrelAppointmentStatusOf({ status: 'booked', passesAt: null }, NOW)).toBe('scheduled');
    expect(kestrelAppointmentStatusOf({ status: 'cancelled', passesAt: '2099-01-01T00:00:00Z' }, NOW)).toBe(
      'cancelled',
    );
  });
});

describe('KestrelVoice appointment fields and date bounds', () => {
  it('maps every field, the start keeping its offset and the times in whole seconds UTC', () => {
    expect(toKestrelAppointment(row(), NOW)).toEqual({
      id: 'appt_5d2c0b7e9f1a3c4d6e8f0a1b2c',
      call_id: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
      phone_number: '+15551234567',
      status: 'scheduled',
      scheduled_at: '2026-03-12T14:30:00-04:00',
      date: '2026-03-12',
      timezone: 'America/New_York',
      spoken_time: 'thursday at two thirty',
      notes: "Perfect, you're all set for Thursday at two thirty.",
      created_at: '2026-03-09T10:30:00Z',
      updated_at: '2026-03-09T10:31:00Z',
    });
    expect(toKestrelAppointment(row({ direction: 'outbound' }), NOW).phone_number).toBe('+15550000000');
    expect(toKestrelAppointment(row({ direction: null, callId: null }), NOW)).toMatchObject({
      call_id: null,
      phone_number: null,
    });
  });

  it('compares a date with the day and a date-time with the start, both inclusive', () => {
    expect(kestrelAppointmentBounds('2024-01-01', '2024-01-31')).toEqual({
      dayFrom: '2024-01-01',
      dayUntil: '2024-01-31',
    });
    expect(kestrelAppointmentBounds('2024-01-01T09:00:00-05:00', '2024-01-01T17:00')).toEqual({
      startFrom: '2024-01-01T14:00:00.000Z',
      startUntil: '2024-01-01T17:00:00.000Z',
    });
    expect(kestrelAppointmentBounds(undefined, '2024-01-31')).toEqual({ dayUntil: '2024-01-31' });
    expect(kestrelAppointmentBounds(undefined, undefined)).toEqual({});
  });
});
