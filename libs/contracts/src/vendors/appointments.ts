import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { IsIsoDate, IsIsoTimestamp } from '../dto/iso-timestamp.validator';
import type { CallDirection } from '../events/job-events';
import { OffsetPage } from './vendor-calls';

/**
 * What the `appointment` algorithm said of a call that an appointment read API lists: booked, booked
 * again after a reschedule or cancel request, or cancelled. Its other answers (`discussed`, `none`) are
 * not appointments.
 */
export const LISTED_APPOINTMENT_STATUSES = ['booked', 'rescheduled', 'cancelled'] as const;
export type ListedAppointmentStatus = (typeof LISTED_APPOINTMENT_STATUSES)[number];

/**
 * Where an appointment stands against the moment of the question (`AppointmentsQuery.at`): `upcoming` has
 * not passed it or cannot be placed in time (no day was said); `past` has passed it.
 */
export const APPOINTMENT_TIMINGS = ['upcoming', 'past'] as const;
export type AppointmentTiming = (typeof APPOINTMENT_TIMINGS)[number];

/** Which appointments one vendor status stands for: algorithm statuses, and optionally their timing. */
export class AppointmentFilter {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LISTED_APPOINTMENT_STATUSES.length)
  @IsIn(LISTED_APPOINTMENT_STATUSES, { each: true })
  statuses: readonly ListedAppointmentStatus[];

  @IsOptional()
  @IsIn(APPOINTMENT_TIMINGS)
  timing?: AppointmentTiming;
}

/**
 * `scoring.q.appointments`: a workspace's appointments (one per call's job, from its latest appointment
 * run), ordered by start (those with only a day after the timed ones, then those with neither), with
 * offset pagination and the total.
 */
export class AppointmentsQuery extends OffsetPage {
  @IsOptional()
  @ValidateNested()
  @Type(() => AppointmentFilter)
  filter?: AppointmentFilter;

  /** The instant `timing` is judged at: the asker's now, so the filter and the status it shows agree. */
  @IsIsoTimestamp()
  at: string;

  /** Appointments starting at or after this instant; those with no time of day do not match. */
  @IsOptional()
  @IsIsoTimestamp()
  startFrom?: string;

  /** Appointments starting at or before this instant; those with no time of day do not match. */
  @IsOptional()
  @IsIsoTimestamp()
  startUntil?: string;

  /** Appointments on or after this day in their own timezone (YYYY-MM-DD). */
  @IsOptional()
  @IsIsoDate()
  dayFrom?: string;

  /** Appointments on or before this day in their own timezone (YYYY-MM-DD). */
  @IsOptional()
  @IsIsoDate()
  dayUntil?: string;
}

/** One appointment as scoring keeps it (`scoring.appointments`). */
export interface AppointmentRow {
  /** `appt_…`, derived from the workspace and the job: the same however often the call is analysed. */
  appointmentId: string;
  jobId: string;
  /**
   * The call and its numbers, as the job said when scoring analysed it; null for appointments backfilled
   * from runs stored before appointments were kept.
   */
  callId: string | null;
  direction: CallDirection | null;
  fromNumber: string | null;
  toNumber: string | null;
  /** The run the appointment comes from (the job's latest succeeded `appointment` run). */
  runId: string;
  status: ListedAppointmentStatus;
  /** The start with its timezone's offset on that day, as the algorithm said it; null when no time of day was agreed. */
  start: string | null;
  /** The day (YYYY-MM-DD) in `timezone`; null when none was said. */
  date: string | null;
  /** The IANA timezone the algorithm read the spoken times in (its `timezone` variable). */
  timezone: string;
  /** The date and time as they were said ("tomorrow at two thirty"). */
  spokenTime: string | null;
  /** The sentence that booked or cancelled it. */
  quote: string | null;
  /** The instant from which a booked appointment has passed: its start, else the end of its day; null when neither is known. */
  passesAt: string | null;
  /** When Callsight first recorded it. */
  createdAt: string;
  /** When the run it now comes from was recorded. */
  updatedAt: string;
}

export interface AppointmentsReply {
  data: AppointmentRow[];
  total: number;
}
