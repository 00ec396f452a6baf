import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AppointmentsQuery } from '@callsight/contracts';
import { LISTED_APPOINTMENT_STATUSES } from '@callsight/contracts';
import { AppointmentEntity } from './appointment.entity';

const COLUMNS = [
  'workspace_id',
  'job_id',
  'id',
  'call_id',
  'direction',
  'from_number',
  'to_number',
  'run_id',
  'status',
  'start_at',
  'start_text',
  'day',
  'timezone',
  'spoken_time',
  'quote',
  'passes_at',
  'created_at',
  'updated_at',
] as const;

/** Replaced from the newer run; the call's facts only where the newer run knew them (the backfill does not). */
const REPLACED = [
  'run_id',
  'status',
  'start_at',
  'start_text',
  'day',
  'timezone',
  'spoken_time',
  'quote',
  'passes_at',
  'updated_at',
];
const KEPT_UNLESS_KNOWN = ['call_id', 'direction', 'from_number', 'to_number'];

const UPSERT = `INSERT INTO scoring.appointments (${COLUMNS.join(', ')})
  VALUES (${COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})
  ON CONFLICT (workspace_id, job_id) DO UPDATE SET
    ${[
      ...REPLACED.map((column) => `${column} = EXCLUDED.${column}`),
      ...KEPT_UNLESS_KNOWN.map((column) => `${column} = COALESCE(EXCLUDED.${column}, appointments.${column})`),
    ].join(',\n    ')}
  WHERE (appointments.updated_at, appointments.run_id) < (EXCLUDED.updated_at, EXCLUDED.run_id)`;

const valuesOf = (row: AppointmentEntity): unknown[] => [
  row.workspaceId,
  row.jobId,
  row.id,
  row.callId,
  row.direction,
  row.fromNumber,
  row.toNumber,
  row.runId,
  row.status,
  row.startAt,
  row.startText,
  row.day,
  row.timezone,
  row.spokenTime,
  row.quote,
  row.passesAt,
  row.createdAt,
  row.updatedAt,
];

/** The appointments projection: one row per job, from its latest succeeded appointment run. */
@Injectable()
export class AppointmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Keeps the row of the newest run (by its created_at, then id): a run recorded again, or an older
   * attempt's run landing late, changes nothing.
   */
  async upsert(manager: EntityManager, row: AppointmentEntity): Promise<void> {
    await manager.query(UPSERT, valuesOf(row));
  }

  async page(workspaceId: string, query: AppointmentsQuery): Promise<{ rows: AppointmentEntity[]; total: number }> {
    const builder = this.dataSource
      .getRepository(AppointmentEntity)
      .createQueryBuilder('a')
      .where('a.workspace_id = :workspaceId', { workspaceId })
      .andWhere('a.status IN (:...statuses)', { statuses: query.filter?.statuses ?? LISTED_APPOINTMENT_STATUSES });
    const at = new Date(query.at);
    if (query.filter?.timing === 'upcoming') builder.andWhere('(a.passes_at IS NULL OR a.passes_at > :at)', { at });
    if (query.filter?.timing === 'past') builder.andWhere('a.passes_at <= :at', { at });
    if (query.startFrom) builder.andWhere('a.start_at >= :startFrom', { startFrom: new Date(query.startFrom) });
    if (query.startUntil) builder.andWhere('a.start_at <= :startUntil', { startUntil: new Date(query.startUntil) });
    if (query.dayFrom) builder.andWhere('a.day >= :dayFrom', { dayFrom: query.dayFrom });
    if (query.dayUntil) builder.andWhere('a.day <= :dayUntil', { dayUntil: query.dayUntil });
    const total = await builder.clone().getCount();
    const rows = await builder
      .orderBy('a.startAt', 'ASC', 'NULLS LAST')
      .addOrderBy('a.day', 'ASC', 'NULLS LAST')
      .addOrderBy('a.createdAt', 'ASC')
      .addOrderBy('a.jobId', 'ASC')
      .offset(query.offset)
      .limit(query.limit)
      .getMany();
    return { rows, total };
  }
}
