import type { CallDirection } from '@callsight/contracts';
import { derivedId } from '@callsight/common/ids';
import { APPOINTMENT, AppointmentStatus } from '../algorithms/appointment/appointment.algorithm';
import { isoOf } from '../algorithms/appointment/appointment-times';
import type { AppointmentEntity } from './appointment.entity';

/** What the job says of its call, when the run was made for a job scoring was told about. */
export interface CallOfJob {
  callId: string;
  direction: CallDirection | null;
  fromNumber: string | null;
  toNumber: string | null;
}

/** The parts of a run the projection reads (a stored row in the backfill, an entity when recording). */
export interface AppointmentRunFacts {
  id: string;
  workspaceId: string;
  jobId: string;
  algorithmId: string;
  status: string;
  output: Record<string, unknown> | null;
  variables: Record<string, unknown>;
  createdAt: Date;
}

const STATUSES: readonly AppointmentStatus[] = ['booked', 'rescheduled', 'cancelled', 'discussed', 'none'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * The appointment a run says, or null when the run is not the built-in `appointment` algorithm's or did not
 * succeed (a failed rerun leaves the earlier answer standing). A workspace's copies are left out: they
 * exist to compare variables, and two answers for one call would make two appointments.
 */
export function appointmentOf(run: AppointmentRunFacts, call: CallOfJob | null): AppointmentEntity | null {
  if (run.algorithmId !== APPOINTMENT.id || run.status !== 'succeeded' || !run.output) return null;
  const status = run.output.status as AppointmentStatus;
  if (!STATUSES.includes(status)) return null;
  const timezone = text(run.variables.timezone) ?? 'UTC';
  const startText = text(run.output.start);
  const startAt = startText && !Number.isNaN(Date.parse(startText)) ? new Date(startText) : null;
  const day = text(run.output.date) && DAY.test(run.output.date as string) ? (run.output.date as string) : null;
  const evidence = run.output.evidence as { quote?: unknown } | null | undefined;
  return {
    workspaceId: run.workspaceId,
    jobId: run.jobId,
    id: derivedId('appt', run.workspaceId, run.jobId),
    callId: call?.callId ?? null,
    direction: call?.direction ?? null,
    fromNumber: call?.fromNumber ?? null,
    toNumber: call?.toNumber ?? null,
    runId: run.id,
    status,
    startAt,
    startText: startAt ? startText : null,
    day,
    timezone,
    spokenTime: text(run.output.text),
    quote: text(evidence?.quote),
    passesAt: startAt ?? (day ? endOfDay(day, timezone) : null),
    createdAt: run.createdAt,
    updatedAt: run.createdAt,
  };
}

/** The first instant of the next day in the zone (a succeeded run's zone is one Intl knows; UTC otherwise). */
export function endOfDay(day: string, timezone: string): Date {
  const [, year, month, date] = DAY.exec(day)!.map(Number);
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  const nextDay = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  try {
    return new Date(isoOf(nextDay, { hour: 0, minute: 0 }, timezone));
  } catch {
    return next;
  }
}
