import { mapLimited } from '@callsight/common/concurrency';
import { Injectable } from '@nestjs/common';
import {
  AppointmentRow,
  AppointmentsQuery,
  AppointmentsReply,
  DomainError,
  ErrorCodes,
  GetJobQuery,
  JobView,
  KESTREL_APPOINTMENT_FILTERS,
  KESTREL_DEFAULT_LIMIT,
  KestrelAppointmentList,
  KestrelListAppointmentsQuery,
  kestrelAppointmentBounds,
  Subjects,
  toKestrelAppointment,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { TRANSCRIPT_CONCURRENCY } from '../vendor-calls/vendor-calls.reader';

/**
 * KestrelVoice's `/v1/appointments`: a page of the appointments scoring keeps from the `appointment`
 * algorithm's runs, in KestrelVoice's fields and statuses (kestrel.mapping.ts).
 */
@Injectable()
export class KestrelAppointmentsService {
  constructor(private readonly rpc: RpcClient) {}

  async list(context: WorkspaceContext, query: KestrelListAppointmentsQuery): Promise<KestrelAppointmentList> {
    const limit = query.limit ?? KESTREL_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    // One now for the filter and the statuses shown, so a page never shows a status it was not filtered by.
    const at = new Date();
    const request: AppointmentsQuery = {
      filter: query.status ? KESTREL_APPOINTMENT_FILTERS[query.status] : undefined,
      at: at.toISOString(),
      ...kestrelAppointmentBounds(query.from_date, query.to_date),
      limit,
      offset,
    };
    const page = await this.rpc.request<AppointmentsReply>(Subjects.scoring.appointments, context, request);
    const rows = await this.withCalls(context, page.data);
    return {
      data: rows.map((row) => toKestrelAppointment(row, at)),
      pagination: { total: page.total, limit, offset },
    };
  }

  /**
   * Appointments backfilled from runs stored before the projection existed carry no call (the events
   * that did are gone): their call's id and numbers come from ingestion, for the page only, a few at a time.
   */
  private withCalls(context: WorkspaceContext, rows: readonly AppointmentRow[]): Promise<AppointmentRow[]> {
    return mapLimited(rows, TRANSCRIPT_CONCURRENCY, async (row) => {
      if (row.callId !== null) return row;
      const job = await this.jobOf(context, row.jobId);
      if (!job) return row;
      return {
        ...row,
        callId: job.call_id,
        direction: job.direction,
        fromNumber: job.from_number,
        toNumber: job.to_number,
      };
    });
  }

  private async jobOf(context: WorkspaceContext, jobId: string): Promise<JobView | null> {
    const query: GetJobQuery = { jobId };
    try {
      return await this.rpc.request<JobView>(Subjects.ingestion.getJob, context, query);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCodes.notFound) return null;
      throw error;
    }
  }
}
