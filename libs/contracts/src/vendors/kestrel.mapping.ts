import type { JobStatus } from '../dto/jobs.dto';
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
  const phone = job.direction === 'inbound' ? job.from_number : job.direction === 'outbound' ? job.to_number : null;
  return {
    id: job.call_id,
    phone_number: phone,
    status: kestrelStatusOf(job.status, row.missed),
    duration: vendorCallDuration(job),
    recording_url: extras.recordingUrl,
    transcript: extras.transcript,
    created_at: vendorTimestamp(job.created_at),
  };
}
