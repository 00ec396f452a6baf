import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from '../dto/iso-timestamp.validator';
import { IsTimeZone } from '../dto/stats.dto';

/** A period without a first day is this many days, ending on its last (default: today in its zone). */
export const ANALYTICS_DEFAULT_DAYS = 30;
/**
 * The longest period, first and last day included: a year, leap or not. Missed-call recovery looks up
 * every missed call of the period, so a bound keeps one request's work bounded.
 */
export const ANALYTICS_MAX_DAYS = 366;

/**
 * `stats.q.analytics`: the calls accepted on each day of a period in a zone, the lengths known and the
 * algorithm results counted, from the rollups when the period's calls were counted in that zone.
 */
export class CallAnalyticsQuery {
  /** First day, inclusive; default: ANALYTICS_DEFAULT_DAYS days ending on `to`. */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** Last day, inclusive; default: today in `tz`. */
  @IsOptional()
  @IsIsoDate()
  to?: string;

  /** Default: the zone the workspace's newest calls are counted in. */
  @IsOptional()
  @IsTimeZone()
  tz?: string;
}

export interface CallAnalyticsReply {
  from: string;
  to: string;
  tz: string;
  /** Every day of the period in order, those without calls included. */
  days: { date: string; calls: number }[];
  calls: number;
  /** The calls whose length is known (measured audio, else submitted), and the sum of those lengths. */
  durationCount: number;
  durationSeconds: number;
  /** Calls per `<algorithm>:<result>` label (`appointment:booked`), for the labels with any. */
  results: Record<string, number>;
}

/**
 * `ingestion.q.missed-call-recovery`: the missed calls (`jobs.missed`) accepted on the days from `from`
 * to `to` in `tz` that have a customer number, and how many of them were followed, within
 * `windowHours`, by a call with the same customer number that was not missed.
 */
export class MissedCallRecoveryQuery {
  @IsIsoDate()
  from: string;

  @IsIsoDate()
  to: string;

  @IsTimeZone()
  tz: string;

  @IsInt()
  @Min(1)
  @Max(24 * 90)
  windowHours: number;
}

export interface MissedCallRecoveryReply {
  missed: number;
  recovered: number;
}
