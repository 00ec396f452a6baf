import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A call's appointment as its job's latest succeeded `appointment` run said it: a projection of the runs,
 * kept with them so an appointment list can filter, order and count in one query.
 */
@Entity({ name: 'appointments' })
export class AppointmentEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('text', { name: 'job_id' })
  jobId: string;

  /** `appt_…` derived from the workspace and job, so a rerun keeps it. */
  @Column('text')
  id: string;

  /** From the job (the event's JobRef, or ingestion's job for an on-demand run); null when backfilled. */
  @Column('text', { name: 'call_id', nullable: true })
  callId: string | null;

  @Column('text', { nullable: true })
  direction: 'inbound' | 'outbound' | null;

  @Column('text', { name: 'from_number', nullable: true })
  fromNumber: string | null;

  @Column('text', { name: 'to_number', nullable: true })
  toNumber: string | null;

  @Column('text', { name: 'run_id' })
  runId: string;

  /** The algorithm's status; `discussed` and `none` are kept so that a rerun finding no appointment hides the earlier one. */
  @Column('text')
  status: string;

  @Column('timestamptz', { name: 'start_at', nullable: true })
  startAt: Date | null;

  /** The start as the algorithm wrote it: timestamptz keeps the instant but not the zone's offset. */
  @Column('text', { name: 'start_text', nullable: true })
  startText: string | null;

  /** YYYY-MM-DD in `timezone`. */
  @Column('date', { nullable: true })
  day: string | null;

  @Column('text')
  timezone: string;

  @Column('text', { name: 'spoken_time', nullable: true })
  spokenTime: string | null;

  @Column('text', { nullable: true })
  quote: string | null;

  /** From when a booking has passed: its start, else the end of its day in `timezone`; null when neither is known. */
  @Column('timestamptz', { name: 'passes_at', nullable: true })
  passesAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  /** The run's own created_at: a run older than the one kept never replaces it. */
  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
