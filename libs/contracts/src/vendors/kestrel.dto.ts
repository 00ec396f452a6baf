import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsIsoDate, IsIsoTimestamp } from '../dto/iso-timestamp.validator';
import { IsTimeZone } from '../dto/stats.dto';
import { ANALYTICS_DEFAULT_DAYS, ANALYTICS_MAX_DAYS } from './analytics';
import {
  KESTREL_APPOINTMENT_STATUSES,
  KESTREL_CALL_STATUSES,
  KESTREL_DEFAULT_LIMIT,
  KESTREL_MAX_LIMIT,
  KESTREL_RECOVERY_WINDOW_HOURS,
  KestrelAnalyticsFields,
  KestrelAppointmentFields,
  KestrelAppointmentStatus,
  KestrelCallFields,
  KestrelCallStatus,
} from './kestrel.mapping';

/** KestrelVoice's paging, the same on every list it documents. */
export class KestrelPageQuery {
  @ApiPropertyOptional({
    description: 'Number of results',
    minimum: 1,
    maximum: KESTREL_MAX_LIMIT,
    default: KESTREL_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(KESTREL_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: 'Pagination offset', minimum: 0, maximum: 1_000_000, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

/** `GET /v1/calls` query, as KestrelVoice documents it. */
export class KestrelListCallsQuery extends KestrelPageQuery {
  @ApiPropertyOptional({ enum: KESTREL_CALL_STATUSES, description: 'Filter by status' })
  @IsOptional()
  @IsIn(KESTREL_CALL_STATUSES)
  status?: KestrelCallStatus;

  @ApiPropertyOptional({
    description: 'ISO 8601 date or date-time (e.g. 2024-01-01): calls created at or after it',
    example: '2024-01-01',
  })
  @IsOptional()
  @IsIsoTimestamp()
  from_date?: string;
}

/** KestrelVoice's call ids are opaque to its clients: any id is looked up, and one that is not a call of this workspace is 404. */
export class KestrelCallIdParam {
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  id: string;
}

export class KestrelCall implements KestrelCallFields {
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r' }) id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '+15551234567',
    description: 'The caller of an inbound call, the number dialled on an outbound one; null without a direction',
  })
  phone_number: string | null;
  @ApiProperty({ enum: KESTREL_CALL_STATUSES }) status: KestrelCallStatus;
  @ApiProperty({ type: Number, nullable: true, example: 180, description: 'Whole seconds' }) duration: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A signed URL serving the call audio until it expires; null for transcript-only calls',
  })
  recording_url: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Hello, this is...' }) transcript: string | null;
  @ApiProperty({ format: 'date-time', example: '2024-03-09T10:30:00Z' }) created_at: string;
}

export class KestrelPagination {
  @ApiProperty({ example: 150 }) total: number;
  @ApiProperty({ example: 20 }) limit: number;
  @ApiProperty({ example: 0 }) offset: number;
}

export class KestrelCallList {
  @ApiProperty({ type: [KestrelCall] }) data: KestrelCall[];
  @ApiProperty({ type: KestrelPagination }) pagination: KestrelPagination;
}

export class KestrelErrorDetail {
  @ApiProperty({ example: 400, description: 'The HTTP status' }) status: number;
  @ApiProperty({ example: 'validation_failed', description: "Callsight's stable error code" }) code: string;
  @ApiProperty({ example: 'limit must not be greater than 100' }) message: string;
}

/** KestrelVoice documents its error codes but no body: `{ error: { status, code, message } }`. */
export class KestrelError {
  @ApiProperty({ type: KestrelErrorDetail }) error: KestrelErrorDetail;
}

/** `GET /v1/appointments` query, as KestrelVoice documents it, with the calls' paging. */
export class KestrelListAppointmentsQuery extends KestrelPageQuery {
  @ApiPropertyOptional({
    enum: KESTREL_APPOINTMENT_STATUSES,
    description:
      'scheduled: booked (or rescheduled) and not yet passed; completed: booked and its time has passed; cancelled: cancelled on the call',
  })
  @IsOptional()
  @IsIn(KESTREL_APPOINTMENT_STATUSES)
  status?: KestrelAppointmentStatus;

  @ApiPropertyOptional({
    description:
      "Filter appointments from this date: a date (2024-01-01) is compared with the appointment's day in its own timezone; a date-time (2024-01-01T09:00:00Z, UTC without an offset) with its start, and then appointments without a time of day do not match. Inclusive.",
    example: '2024-01-01',
  })
  @IsOptional()
  @IsIsoTimestamp()
  from_date?: string;

  @ApiPropertyOptional({
    description: 'Filter appointments until this date, inclusive (a date includes the whole day); read as from_date.',
    example: '2024-01-31',
  })
  @IsOptional()
  @IsIsoTimestamp()
  to_date?: string;
}

export class KestrelAppointment implements KestrelAppointmentFields {
  @ApiProperty({
    example: 'appt_5d2c0b7e9f1a3c4d6e8f0a1b2c',
    description: 'Stable: one appointment per call, the same when the call is analysed again',
  })
  id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
    description: 'The call it was booked on, as GET /v1/calls/:id takes it',
  })
  call_id: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '+15551234567',
    description: "The call's phone number: the caller of an inbound call, the number dialled on an outbound one",
  })
  phone_number: string | null;
  @ApiProperty({ enum: KESTREL_APPOINTMENT_STATUSES }) status: KestrelAppointmentStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    example: '2024-03-14T14:30:00-04:00',
    description: "The appointment's start with its timezone's offset; null when no time of day was agreed",
  })
  scheduled_at: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    example: '2024-03-14',
    description: "The appointment's day in its timezone, also when only the day was agreed",
  })
  date: string | null;
  @ApiProperty({ example: 'America/New_York', description: 'The IANA timezone the spoken times were read in' })
  timezone: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'thursday at two thirty',
    description: 'The date and time as they were said on the call',
  })
  spoken_time: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: "Perfect, you're all set for Thursday at two thirty.",
    description: 'The sentence on the call that booked or cancelled it',
  })
  notes: string | null;
  @ApiProperty({
    format: 'date-time',
    example: '2024-03-09T10:30:00Z',
    description: 'When Callsight first recorded the appointment',
  })
  created_at: string;
  @ApiProperty({
    format: 'date-time',
    example: '2024-03-09T10:30:00Z',
    description: 'When the analysis it comes from was recorded (a call analysed again updates it)',
  })
  updated_at: string;
}

export class KestrelAppointmentList {
  @ApiProperty({ type: [KestrelAppointment] }) data: KestrelAppointment[];
  @ApiProperty({ type: KestrelPagination }) pagination: KestrelPagination;
}

/** `GET /v1/analytics` query: KestrelVoice documents none; the date bounds its other routes take, as days. */
export class KestrelAnalyticsQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: `First day of the period, inclusive, in \`timezone\` (ISO 8601 date). Default: ${ANALYTICS_DEFAULT_DAYS} days ending on to_date. A period holds at most ${ANALYTICS_MAX_DAYS} days.`,
    example: '2024-03-01',
  })
  @IsOptional()
  @IsIsoDate()
  from_date?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Last day of the period, inclusive, in `timezone` (ISO 8601 date). Default: today.',
    example: '2024-03-31',
  })
  @IsOptional()
  @IsIsoDate()
  to_date?: string;

  @ApiPropertyOptional({
    description:
      "The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured).",
    example: 'America/New_York',
  })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
}

export class KestrelAnalyticsPeriod {
  @ApiProperty({ format: 'date', example: '2024-03-01', description: 'First day counted, inclusive' }) from: string;
  @ApiProperty({ format: 'date', example: '2024-03-31', description: 'Last day counted, inclusive' }) to: string;
  @ApiProperty({ example: 'America/New_York', description: 'The IANA time zone whose days these are' })
  timezone: string;
}

export class KestrelDayCount {
  @ApiProperty({ format: 'date', example: '2024-03-04' }) date: string;
  @ApiProperty({ example: 42 }) count: number;
}

export class KestrelWeekCount {
  @ApiProperty({ format: 'date', example: '2024-03-04', description: 'The Monday the ISO 8601 week starts on' })
  week_start: string;
  @ApiProperty({ example: 211, description: 'Calls on the days of this week inside the period' }) count: number;
}

export class KestrelMonthCount {
  @ApiProperty({ example: '2024-03', pattern: '^\\d{4}-\\d{2}$' }) month: string;
  @ApiProperty({ example: 904, description: 'Calls on the days of this month inside the period' }) count: number;
}

export class KestrelTotalCalls {
  @ApiProperty({
    example: 904,
    description:
      'Every call accepted on the days of the period, whatever became of it (in progress, failed and skipped included): the calls GET /v1/calls lists for those days',
  })
  total: number;
  @ApiProperty({
    type: [KestrelDayCount],
    description: 'Every day of the period in order, days without calls included',
  })
  by_day: KestrelDayCount[];
  @ApiProperty({
    type: [KestrelWeekCount],
    description:
      "Per ISO 8601 week (Monday to Sunday) touching the period, in order; the first and last count only the period's days",
  })
  by_week: KestrelWeekCount[];
  @ApiProperty({
    type: [KestrelMonthCount],
    description: "Per calendar month touching the period, in order; the first and last count only the period's days",
  })
  by_month: KestrelMonthCount[];
}

export class KestrelAppointmentBookingRate {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.3125,
    description: 'booked / eligible, to four decimals; null when eligible is 0',
  })
  rate: number | null;
  @ApiProperty({ example: 50, description: 'Calls on which the appointment algorithm found a booking' })
  booked: number;
  @ApiProperty({
    example: 160,
    description:
      "Calls the appointment algorithm analysed (booked or not); calls not yet analysed, or whose workspace does not run it, are not counted. A call's latest analysis counts.",
  })
  eligible: number;
}

export class KestrelEmergencyDetectionRate {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.025,
    description: 'detected / eligible, to four decimals; null when eligible is 0',
  })
  rate: number | null;
  @ApiProperty({ example: 4, description: 'Calls the emergency algorithm said were emergencies' }) detected: number;
  @ApiProperty({
    example: 160,
    description: "Calls the emergency algorithm analysed (emergency or not); a call's latest analysis counts",
  })
  eligible: number;
}

export class KestrelMissedCallRecovery {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.6667,
    description: 'recovered / missed, to four decimals; null when missed is 0',
  })
  rate: number | null;
  @ApiProperty({
    example: 12,
    description:
      "Calls of the period the missed_call algorithm said were missed (GET /v1/calls?status=missed) that have a customer number: the caller's on an inbound call, the number called on an outbound one. Numbers are compared by their digits alone.",
  })
  missed: number;
  @ApiProperty({
    example: 8,
    description:
      'Of those, the calls followed within window_hours by another call with the same customer number (an answered callback, or the customer calling again) that the missed_call algorithm said was not missed; the later call may fall after the period, so a recent period can still gain recoveries',
  })
  recovered: number;
  @ApiProperty({ example: KESTREL_RECOVERY_WINDOW_HOURS, description: 'Hours after a missed call a follow-up counts' })
  window_hours: number;
}

export class KestrelAnalytics implements KestrelAnalyticsFields {
  @ApiProperty({ type: KestrelAnalyticsPeriod }) period: KestrelAnalyticsPeriod;
  @ApiProperty({ type: KestrelTotalCalls, description: 'Calls are counted on the day Callsight accepted them' })
  total_calls: KestrelTotalCalls;
  @ApiProperty({ type: KestrelAppointmentBookingRate }) appointment_booking_rate: KestrelAppointmentBookingRate;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 183.4,
    description:
      "Mean length in seconds, to one decimal, of the period's calls whose length is known (the recording's measured length, else the duration submitted with the call); null when none is known",
  })
  average_call_duration_seconds: number | null;
  @ApiProperty({ type: KestrelEmergencyDetectionRate }) emergency_detection_rate: KestrelEmergencyDetectionRate;
  @ApiProperty({ type: KestrelMissedCallRecovery }) missed_call_recovery: KestrelMissedCallRecovery;
}
