import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsIsoTimestamp } from '../dto/iso-timestamp.validator';
import { JOB_STATUSES, JobStatus, JobView } from '../dto/jobs.dto';

/** The job statuses that are still moving: a vendor's "in progress" / "ongoing". */
export const PENDING_JOB_STATUSES: readonly JobStatus[] = ['queued', 'transcribing', 'analyzing', 'delivering'];
/** The job statuses a job ends in. */
export const TERMINAL_JOB_STATUSES: readonly JobStatus[] = ['completed', 'failed', 'skipped'];

/**
 * Which jobs one vendor status stands for: job statuses, and optionally what the `missed_call`
 * algorithm said (true: it said missed; false: it did not say missed, or did not run).
 */
/** An offset page of a vendor read query, as those vendors page: at most 100 from at most a million in. */
export class OffsetPage {
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number;

  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number;
}

export class VendorCallFilter {
  @IsArray()
  @ArrayMaxSize(JOB_STATUSES.length)
  @IsIn(JOB_STATUSES, { each: true })
  statuses: readonly JobStatus[];

  @IsOptional()
  @IsBoolean()
  missed?: boolean;
}

/**
 * `ingestion.q.vendor-calls`: a workspace's calls for the vendor read APIs (KestrelVoice, Kridtech),
 * newest first, with offset pagination and the total, as those APIs page; or one call by its id.
 */
export class VendorCallsQuery extends OffsetPage {
  /** One call: its latest job. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  callId?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => VendorCallFilter)
  filter?: VendorCallFilter;

  /** Jobs submitted at or after this ISO 8601 instant. */
  @IsOptional()
  @IsIsoTimestamp()
  createdFrom?: string;
}

/** A call as the vendor surfaces read it: its job's view and whether the `missed_call` algorithm said missed. */
export interface VendorCallRow {
  job: JobView;
  /** Null until the job's analysis is recorded, or when `missed_call` did not run. */
  missed: boolean | null;
}

export interface VendorCallsReply {
  data: VendorCallRow[];
  total: number;
}

/** Whole seconds in UTC, as both vendors' examples write times ("2024-03-09T10:30:00Z"). */
export const vendorTimestamp = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Both vendors count whole seconds; Callsight keeps fractions (rounded as the webhook formats round them). */
export const vendorDuration = (seconds: number | null): number | null =>
  seconds === null ? null : Math.round(seconds);

/**
 * A call's duration for a vendor, as the webhook formats take it (`callDurationOf`): the recording's
 * measured length, else the one submitted with the call; whole seconds.
 */
export const vendorCallDuration = (job: Pick<JobView, 'audio_duration_seconds' | 'duration_seconds'>): number | null =>
  vendorDuration(job.audio_duration_seconds ?? job.duration_seconds);
