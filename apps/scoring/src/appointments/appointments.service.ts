import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AppointmentRow,
  AppointmentsQuery,
  AppointmentsReply,
  ListedAppointmentStatus,
  WorkspaceContext,
} from '@callsight/contracts';
import type { AppointmentEntity } from './appointment.entity';
import { AppointmentRunFacts, appointmentOf, CallOfJob } from './appointment-projection';
import { AppointmentsRepository } from './appointments.repository';

const rowOf = (entity: AppointmentEntity): AppointmentRow => ({
  appointmentId: entity.id,
  jobId: entity.jobId,
  callId: entity.callId,
  direction: entity.direction,
  fromNumber: entity.fromNumber,
  toNumber: entity.toNumber,
  runId: entity.runId,
  status: entity.status as ListedAppointmentStatus,
  start: entity.startText,
  date: entity.day,
  timezone: entity.timezone,
  spokenTime: entity.spokenTime,
  quote: entity.quote,
  passesAt: entity.passesAt?.toISOString() ?? null,
  createdAt: entity.createdAt.toISOString(),
  updatedAt: entity.updatedAt.toISOString(),
});

/** The appointments the `appointment` algorithm found, kept as its runs are recorded, and read for the vendor API. */
@Injectable()
export class AppointmentsService {
  constructor(private readonly appointments: AppointmentsRepository) {}

  /** In the transaction that records the runs, so the projection never disagrees with them. */
  async record(manager: EntityManager, runs: readonly AppointmentRunFacts[], call: CallOfJob | null): Promise<void> {
    for (const run of runs) {
      const appointment = appointmentOf(run, call);
      if (appointment) await this.appointments.upsert(manager, appointment);
    }
  }

  async list(context: WorkspaceContext, query: AppointmentsQuery): Promise<AppointmentsReply> {
    const { rows, total } = await this.appointments.page(context.workspaceId, query);
    return { data: rows.map(rowOf), total };
  }
}
