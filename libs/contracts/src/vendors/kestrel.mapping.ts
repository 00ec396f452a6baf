import type { JobStatus } from '../dto/jobs.dto';
import type { CallDirection } from '../events/job-events';
import type { CallAnalyticsReply, MissedCallRecoveryReply } from './analytics';
import type { AppointmentFilter, AppointmentRow, AppointmentsQuery } from './appointments';
import { parseIsoTimestamp } from '../dto/iso-timestamp.validator';
import {
  PENDING_JOB_STATUSES,
  TERMINAL_JOB_STATUSES,
  vendorCallDuration,
  vendorTimestamp,
  VendorCallFilter,
  VendorCallRow,
} from './vendor-calls';

/**
 * KestrelVoice's `/v1/calls` read API, mapped from Callsight's calls in one place
 * (`../shared/reference/kestrelvoice-api.txt`). Its statuses describe the phone call, not our processing:
 *
 * | KestrelVoice  | Callsight                                                                               |
 * | ------------- | --------------------------------------------------------------------------------------- |
 * | `in-progress` | a job not yet terminal: queued, transcribing, analyzing, delivering                     |
 * | `missed`      | a terminal job whose `missed_call` algorithm said `missed: true` (recorded by ingestion from scoring.completed) |
 * | `completed`   | every other terminal job: completed, and failed or skipped (the call itself ended; KestrelVoice has no status for our processing failing) |
 */
export const KESTREL_CALL_STATUSES = ['completed', 'in-progress', 'missed'] as const;
export type KestrelCallStatus = (typeof KESTREL_CALL_STATUSES)[number];

/** The jobs each KestrelVoice status filter selects; `missed` and `completed` split the terminal jobs between them. */
export const KESTREL_STATUS_FILTERS: Record<KestrelCallStatus, VendorCallFilter> = {
  'in-progress': { statuses: PENDING_JOB_STATUSES },
  missed: { statuses: TERMINAL_JOB_STATUSES, missed: true },
  completed: { statuses: TERMINAL_JOB_STATUSES, missed: false },
};

/** The inverse of KESTREL_STATUS_FILTERS for one call. */
export function kestrelStatusOf(status: JobStatus, missed: boolean | null): KestrelCallStatus {
  if (!TERMINAL_JOB_STATUSES.includes(status)) return 'in-progress';
  return missed === true ? 'missed' : 'completed';
}

/** The customer's number: the far end of an inbound call, the dialled one of an outbound call, null without a direction. */
export function kestrelPhoneOf(
  direction: CallDirection | null,
  fromNumber: string | null,
  toNumber: string | null,
): string | null {
  return direction === 'inbound' ? fromNumber : direction === 'outbound' ? toNumber : null;
}

/** Kestrel's limit: default 20, at most 100. */
export const KESTREL_DEFAULT_LIMIT = 20;
export const KESTREL_MAX_LIMIT = 100;

/** One call in KestrelVoice's shape. */
export interface KestrelCallFields {
  id: string;
  phone_number: string | null;
  status: KestrelCallStatus;
  duration: number | null;
  recording_url: string | null;
  transcript: string | null;
  created_at: string;
}

/**
 * What the read API needs besides the job: its transcript text (transcription's, null before there is
 * one) and a freshly signed recording URL (null for transcript-only calls or without CALLSIGHT_PUBLIC_URL).
 */
export interface CallExtras {
  transcript: string | null;
  recordingUrl: string | null;
}

/**
 * Field for field (as the KestrelVoice webhook format maps them, `apps/webhook/src/formats/kestrel/`):
 * - `id`: the call id (`call_…`), which `GET /v1/calls/:id` takes;
 * - `phone_number`: the far end of an inbound call (from_number), the dialled one of an outbound call
 *   (to_number), null without a direction;
 * - `duration`: the recording's measured length (`audio_duration_seconds`), else the duration submitted
 *   with the call (`duration_seconds`: a supplied transcript without timings, a call not yet transcribed),
 *   in whole seconds, rounded; null when neither is known;
 * - `created_at`: when the call was submitted to Callsight (the job's created_at, what from_date
 *   filters and the list is ordered by), in whole seconds UTC.
 */
export function toKestrelCall(row: VendorCallRow, extras: CallExtras): KestrelCallFields {
  const { job } = row;
  return {
    id: job.call_id,
    phone_number: kestrelPhoneOf(job.direction, job.from_number, job.to_number),
    status: kestrelStatusOf(job.status, row.missed),
    duration: vendorCallDuration(job),
    recording_url: extras.recordingUrl,
    transcript: extras.transcript,
    created_at: vendorTimestamp(job.created_at),
  };
}

/**
 * KestrelVoice's `/v1/appointments` ("appointments booked through your AI agent"), from what the
 * `appointment` algorithm said of each call (its latest succeeded run per job, kept by scoring). Its
 * statuses describe the appointment against the time of the request:
 *
 * | KestrelVoice | Callsight                                                                                        |
 * | ------------ | ------------------------------------------------------------------------------------------------ |
 * | `scheduled`  | `booked` or `rescheduled` that has not passed: its start is after now; with only a day said, until that day ends in its timezone; with neither, always (nothing says it happened, and listing it beats hiding a booking) |
 * | `completed`  | `booked` or `rescheduled` that has passed (its start, or the end of its day, is at or before now); KestrelVoice's word for an appointment whose time has come, as Callsight cannot know whether the customer came |
 * | `cancelled`  | `cancelled`, whenever it was for                                                                 |
 *
 * A rescheduled appointment is the new booking (the algorithm reports the new time), so it is scheduled
 * or completed like any other; the old time is not listed. `discussed` and `none` are not appointments.
 */
export const KESTREL_APPOINTMENT_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;
export type KestrelAppointmentStatus = (typeof KESTREL_APPOINTMENT_STATUSES)[number];

/** The appointments each KestrelVoice status filter selects; `scheduled` and `completed` split the bookings between them. */
export const KESTREL_APPOINTMENT_FILTERS: Record<KestrelAppointmentStatus, AppointmentFilter> = {
  scheduled: { statuses: ['booked', 'rescheduled'], timing: 'upcoming' },
  completed: { statuses: ['booked', 'rescheduled'], timing: 'past' },
  cancelled: { statuses: ['cancelled'] },
};

/** The inverse of KESTREL_APPOINTMENT_FILTERS for one appointment, judged at `at` (the request's now). */
export function kestrelAppointmentStatusOf(
  row: Pick<AppointmentRow, 'status' | 'passesAt'>,
  at: Date,
): KestrelAppointmentStatus {
  if (row.status === 'cancelled') return 'cancelled';
  return row.passesAt !== null && new Date(row.passesAt).getTime() <= at.getTime() ? 'completed' : 'scheduled';
}

/** One appointment in KestrelVoice's shape (its doc shows none; the fields an integrator of its calls would expect). */
export interface KestrelAppointmentFields {
  id: string;
  call_id: string | null;
  phone_number: string | null;
  status: KestrelAppointmentStatus;
  scheduled_at: string | null;
  date: string | null;
  timezone: string;
  spoken_time: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Field for field:
 * - `id`: `appt_…`, one per call's job and the same however often the call is analysed again;
 * - `call_id`: the call's `call_…` id, the one `GET /v1/calls/:id` takes; `phone_number` as on the call;
 * - `scheduled_at`: the start as the algorithm resolved it, ISO 8601 with its timezone's offset on that
 *   day ("2026-11-26T14:30:00-05:00"); null when only a day (or nothing) was agreed;
 * - `date`: the appointment's day in `timezone` (also when only the day was said);
 * - `timezone`: the IANA zone the spoken times were read in (the algorithm's `timezone` variable, UTC
 *   unless the workspace set it);
 * - `spoken_time`: the date and time as they were said; `notes`: the sentence that booked or cancelled it;
 * - `created_at`: when Callsight first recorded the appointment, `updated_at` when the analysis it now
 *   comes from was recorded, in whole seconds UTC as the calls' times.
 */
export function toKestrelAppointment(row: AppointmentRow, at: Date): KestrelAppointmentFields {
  return {
    id: row.appointmentId,
    call_id: row.callId,
    phone_number: kestrelPhoneOf(row.direction, row.fromNumber, row.toNumber),
    status: kestrelAppointmentStatusOf(row, at),
    scheduled_at: row.start,
    date: row.date,
    timezone: row.timezone,
    spoken_time: row.spokenTime,
    notes: row.quote,
    created_at: vendorTimestamp(row.createdAt),
    updated_at: vendorTimestamp(row.updatedAt),
  };
}

/**
 * `from_date` / `to_date` ("filter appointments from / until this date"), both inclusive, as the bounds
 * scoring filters on. A date (2024-03-14) is a day on the business's calendar, so it is compared with the
 * appointment's day in its own timezone (the workspace's, from the algorithm's `timezone` variable), and
 * `to_date` takes in the whole day; appointments with only a day match too. A date-time is an instant
 * (UTC when it has no offset, as on every Callsight route) compared with the start, so appointments
 * without a time of day cannot be placed against it and do not match. Values are already validated.
 */
export function kestrelAppointmentBounds(
  fromDate: string | undefined,
  toDate: string | undefined,
): Pick<AppointmentsQuery, 'startFrom' | 'startUntil' | 'dayFrom' | 'dayUntil'> {
  const isDay = (value: string): boolean => value.length === 10;
  const instant = (value: string): string => parseIsoTimestamp(value)!.toISOString();
  return {
    ...(fromDate !== undefined && (isDay(fromDate) ? { dayFrom: fromDate } : { startFrom: instant(fromDate) })),
    ...(toDate !== undefined && (isDay(toDate) ? { dayUntil: toDate } : { startUntil: instant(toDate) })),
  };
}

/**
 * KestrelVoice's `/v1/analytics` ("Total calls (by day, week, month); Appointment booking rate; Average
 * call duration; Emergency call detection rate; Missed call recovery"), over a period of days in one
 * time zone. A call is counted on the day Callsight accepted it (its `created_at`, as `/v1/calls` and
 * `from_date` read it), so every metric is over the calls `/v1/calls` lists for those days:
 *
 * | KestrelVoice                     | Callsight                                                                        |
 * | -------------------------------- | -------------------------------------------------------------------------------- |
 * | total calls                      | every call accepted, whatever became of it (in progress, failed and skipped too), per day, per ISO week (from Monday) and per calendar month; the first and last week or month hold only the period's days |
 * | appointment booking rate         | calls the `appointment` algorithm said `booked` / calls it ran on (booked + none)  |
 * | average call duration            | mean length, in seconds, of the calls whose length is known: the recording's measured length, else the duration submitted |
 * | emergency call detection rate    | calls the `emergency` algorithm said are emergencies / calls it ran on             |
 * | missed call recovery             | missed calls (the `missed_call` algorithm said missed) with a customer number, that were followed within the window by a call with the same customer number that was not missed / those missed calls |
 *
 * The rates count each call's latest analysis, are null when no call qualifies, and are rounded to four
 * decimals; the average to one.
 */
export const KESTREL_ANALYTICS_RESULTS = {
  appointment: { hit: 'appointment:booked', miss: 'appointment:none' },
  emergency: { hit: 'emergency:detected', miss: 'emergency:none' },
} as const;

/**
 * A missed call is recovered by a later call with the same customer within a week: long enough for a
 * callback after a weekend, short enough that a customer calling again next month is a new call, not a
 * recovered one.
 */
export const KESTREL_RECOVERY_WINDOW_HOURS = 7 * 24;

export interface KestrelAnalyticsFields {
  period: { from: string; to: string; timezone: string };
  total_calls: {
    total: number;
    by_day: { date: string; count: number }[];
    by_week: { week_start: string; count: number }[];
    by_month: { month: string; count: number }[];
  };
  appointment_booking_rate: { rate: number | null; booked: number; eligible: number };
  average_call_duration_seconds: number | null;
  emergency_detection_rate: { rate: number | null; detected: number; eligible: number };
  missed_call_recovery: { rate: number | null; missed: number; recovered: number; window_hours: number };
}

/** Stats' counts and ingestion's recovery as KestrelVoice's analytics. */
export function toKestrelAnalytics(
  stats: CallAnalyticsReply,
  recovery: MissedCallRecoveryReply,
  windowHours: number,
): KestrelAnalyticsFields {
  const count = (label: string): number => stats.results[label] ?? 0;
  const { appointment, emergency } = KESTREL_ANALYTICS_RESULTS;
  const booked = count(appointment.hit);
  const appointmentEligible = booked + count(appointment.miss);
  const detected = count(emergency.hit);
  const emergencyEligible = detected + count(emergency.miss);
  return {
    period: { from: stats.from, to: stats.to, timezone: stats.tz },
    total_calls: {
      total: stats.calls,
      by_day: stats.days.map((day) => ({ date: day.date, count: day.calls })),
      by_week: countsBy(stats.days, isoWeekStart).map(([week_start, count]) => ({ week_start, count })),
      by_month: countsBy(stats.days, (day) => day.slice(0, 7)).map(([month, count]) => ({ month, count })),
    },
    appointment_booking_rate: { rate: rateOf(booked, appointmentEligible), booked, eligible: appointmentEligible },
    average_call_duration_seconds:
      stats.durationCount > 0 ? Math.round((stats.durationSeconds / stats.durationCount) * 10) / 10 : null,
    emergency_detection_rate: { rate: rateOf(detected, emergencyEligible), detected, eligible: emergencyEligible },
    missed_call_recovery: {
      rate: rateOf(recovery.recovered, recovery.missed),
      missed: recovery.missed,
      recovered: recovery.recovered,
      window_hours: windowHours,
    },
  };
}

/** The Monday starting the ISO 8601 week of a YYYY-MM-DD day. */
export function isoWeekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

/** Calls summed by the bucket each day falls in, in the days' order (every bucket of ordered days is contiguous). */
export function countsBy(
  days: readonly { date: string; calls: number }[],
  bucketOf: (day: string) => string,
): [string, number][] {
  const buckets: [string, number][] = [];
  for (const day of days) {
    const bucket = bucketOf(day.date);
    const last = buckets.at(-1);
    if (last && last[0] === bucket) last[1] += day.calls;
    else buckets.push([bucket, day.calls]);
  }
  return buckets;
}

/** part / whole to four decimals; null when nothing qualified, rather than a 0 that would read as "none of them". */
export function rateOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}
