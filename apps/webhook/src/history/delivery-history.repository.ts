import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { KeysetCursor } from '@callsight/common/pagination';
import { AttemptTrigger, DeliveryAttemptEntity, DeliveryEntity } from '../deliveries/delivery.entity';

/** A job has a handful of deliveries; a page of them is never needed, but a bound is. */
const MAX_JOB_DELIVERIES = 200;

export interface EndpointAttemptRow {
  id: string;
  deliveryId: string;
  jobId: string;
  eventType: DeliveryEntity['payloadType'];
  attempt: number;
  startedAt: Date;
  trigger: AttemptTrigger;
  durationMs: number | null;
  responseStatus: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

/** Reads of the delivery and attempt log; every method takes the workspace first. */
@Injectable()
export class DeliveryHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  jobDeliveries(workspaceId: string, jobId: string): Promise<DeliveryEntity[]> {
    return this.dataSource.manager.find(DeliveryEntity, {
      where: { workspaceId, jobId },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: MAX_JOB_DELIVERIES,
    });
  }

  attemptsOf(workspaceId: string, deliveryIds: readonly string[]): Promise<DeliveryAttemptEntity[]> {
    if (deliveryIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(DeliveryAttemptEntity, 'attempt')
      .innerJoin(DeliveryEntity, 'delivery', 'delivery.id = attempt.delivery_id')
      .where('delivery.workspace_id = :workspaceId AND attempt.delivery_id IN (:...ids)', {
        workspaceId,
        ids: [...deliveryIds],
      })
      .orderBy('attempt.attempt', 'ASC')
      .getMany();
  }

  /** Newest first, before the cursor. */
  endpointAttempts(
    workspaceId: string,
    endpointId: string,
    limit: number,
    before?: KeysetCursor,
  ): Promise<EndpointAttemptRow[]> {
    return this.dataSource.query<EndpointAttemptRow[]>(
      `SELECT a.id, a.delivery_id AS "deliveryId", d.job_id AS "jobId", d.payload_type AS "eventType", a.attempt,
              a.started_at AS "startedAt", a.trigger, a.duration_ms AS "durationMs", a.response_status AS "responseStatus",
              a.response_excerpt AS "responseExcerpt", a.error
         FROM webhook.delivery_attempts a JOIN webhook.deliveries d ON d.id = a.delivery_id
        WHERE d.workspace_id = $1 AND d.endpoint_id = $2
          AND ($3::timestamptz IS NULL OR (a.started_at, a.id) < ($3::timestamptz, $4::text))
        ORDER BY a.started_at DESC, a.id DESC
        LIMIT $5`,
      [workspaceId, endpointId, before?.at ?? null, before?.id ?? '', limit],
    );
  }
}
