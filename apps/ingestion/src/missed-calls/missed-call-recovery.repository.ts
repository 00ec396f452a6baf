import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MissedCallRecoveryReply } from '@callsight/contracts';

/**
 * The customer's number of a call, digits only: the caller on an inbound call, the number called on an
 * outbound one (as KestrelVoice's phone_number), so "+1 (555) 123-4567" and "+15551234567" are one
 * customer. Written exactly as the expression of `calls_customer_number_idx`
 * (migration 1733760000000), or the planner cannot use the index.
 */
export const customerNumber = (call: string): string =>
  `regexp_replace(CASE ${call}.direction WHEN 'inbound' THEN ${call}.from_number WHEN 'outbound' THEN ${call}.to_number END, '[^0-9]', '', 'g')`;

/**
 * Missed calls and their recovery, for KestrelVoice's analytics. The missed calls of the period come from
 * `jobs_missed_idx`; each one's follow-up is one probe of `calls_customer_number_idx`.
 */
@Injectable()
export class MissedCallRecoveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Missed calls accepted on the days `from`..`to` in `zone` with a customer number, and how many of them a
   * later call with that number, accepted within `windowHours`, answered (`missed` false: analysed, not missed).
   */
  async recovery(
    workspaceId: string,
    from: string,
    to: string,
    zone: string,
    windowHours: number,
  ): Promise<MissedCallRecoveryReply> {
    const [row] = await this.dataSource.query<{ missed: string; recovered: string }[]>(
      `WITH missed AS (
         SELECT origin.created_at, ${customerNumber('origin')} AS customer
           FROM ingestion.jobs job JOIN ingestion.calls origin ON origin.id = job.call_id
          WHERE job.workspace_id = $1 AND job.missed IS TRUE
            AND job.created_at >= ($2::date)::timestamp AT TIME ZONE $4
            AND job.created_at < ($3::date + 1)::timestamp AT TIME ZONE $4
            AND origin.direction IS NOT NULL AND ${customerNumber('origin')} <> '')
       SELECT COUNT(*) AS missed,
              COUNT(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM ingestion.calls later JOIN ingestion.jobs answered ON answered.call_id = later.id
                 WHERE later.workspace_id = $1 AND later.direction IS NOT NULL
                   AND ${customerNumber('later')} = missed.customer
                   AND later.created_at > missed.created_at
                   AND later.created_at <= missed.created_at + make_interval(hours => $5)
                   AND answered.missed IS FALSE)) AS recovered
         FROM missed`,
      [workspaceId, from, to, zone, windowHours],
    );
    return { missed: Number(row.missed), recovered: Number(row.recovered) };
  }
}
