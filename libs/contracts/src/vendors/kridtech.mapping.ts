import type { JobStatus, JobView } from '../dto/jobs.dto';
import {
  PENDING_JOB_STATUSES,
  vendorCallDuration,
  vendorTimestamp,
  VendorCallFilter,
  VendorCallRow,
} from './vendor-calls';

/**
 * Kridtech's `GET /api/calls`, mapped from Callsight's calls in one place
 * (`../shared/reference/kridtech-voice-agent-api.txt`):
 *
 * | Kridtech    | Callsight                                                                                 |
 * | ----------- | ----------------------------------------------------------------------------------------- |
 * | `ongoing`   | a job not yet terminal: queued, transcribing, analyzing, delivering                       |
 * | `completed` | a completed job (Kridtech's calls are complete once analysed, as its webhook says)         |
 * | `failed`    | a failed job, and a skipped one (a duplicate Callsight did not analyse: not "completed" in Kridtech's sense, and it has no other status) |
 */
export const KRIDTECH_CALL_STATUSES = ['completed', 'ongoing', 'failed'] as const;
export type KridtechCallStatus = (typeof KRIDTECH_CALL_STATUSES)[number];

export const KRIDTECH_STATUS_FILTERS: Record<KridtechCallStatus, VendorCallFilter> = {
  ongoing: { statuses: PENDING_JOB_STATUSES },
  completed: { statuses: ['completed'] },
  failed: { statuses: ['failed', 'skipped'] },
};

export function kridtechStatusOf(status: JobStatus): KridtechCallStatus {
  if (status === 'completed') return 'completed';
  if (status === 'failed' || status === 'skipped') return 'failed';
  return 'ongoing';
}

/** Kridtech's limit: default 50, at most 100. Its list has no offset: the newest calls only. */
export const KRIDTECH_DEFAULT_LIMIT = 50;
export const KRIDTECH_MAX_LIMIT = 100;

export interface KridtechCallFields {
  callId: string;
  accountId: string | null;
  direction: 'inbound' | 'outbound' | null;
  toNumber: string | null;
  callStatus: KridtechCallStatus;
  duration: number | null;
  cost: number | null;
  createdAt: string;
  firstName: string | null;
}

/** A metadata value under any of the names a Kridtech integration would send it as (its body's camelCase, its dynamic variables' snake_case). */
function metadataValue(job: JobView, names: readonly string[]): unknown {
  for (const name of names) {
    const value = job.metadata[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return null;
}

const metadataString = (job: JobView, names: readonly string[]): string | null => {
  const value = metadataValue(job, names);
  // Metadata is flat (strings, numbers, booleans): anything else is not a name we can state.
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
};

/** A number, or numeric text ("45"); anything else (such as "$45") is not a cost we can state. */
const metadataNumber = (job: JobView, names: readonly string[]): number | null => {
  const value = metadataValue(job, names);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
};

/**
 * Field for field:
 * - `callId`: the call id (`call_…`), as the Kridtech webhook format sends it;
 * - `accountId`: Kridtech's account login id, which Callsight does not have: metadata `accountId` or
 *   `account_id` (the create-call body's field), else null;
 * - `direction`, `toNumber`: the call's direction and to_number as submitted (null when not sent);
 * - `callStatus`: KRIDTECH_STATUS_FILTERS' inverse;
 * - `duration`: the recording's measured length (`audio_duration_seconds`), else the duration submitted
 *   with the call (`duration_seconds`), in whole seconds, rounded (the example's 125 is seconds; the
 *   webhook's durationMs is the same duration in milliseconds); null when neither is known;
 * - `cost`: Kridtech's credits for the call, which Callsight does not charge: metadata `cost` when it is
 *   a number (or numeric text), else null;
 * - `createdAt`: the job's created_at in whole seconds UTC;
 * - `firstName`: metadata `firstName` or `first_name` (the create-web-call field, and the dynamic variable
 *   of the webhook example), else null.
 */
export function toKridtechCall(row: VendorCallRow): KridtechCallFields {
  const { job } = row;
  return {
    callId: job.call_id,
    accountId: metadataString(job, ['accountId', 'account_id']),
    direction: job.direction,
    toNumber: job.to_number,
    callStatus: kridtechStatusOf(job.status),
    duration: vendorCallDuration(job),
    cost: metadataNumber(job, ['cost']),
    createdAt: vendorTimestamp(job.created_at),
    firstName: metadataString(job, ['firstName', 'first_name']),
  };
}
