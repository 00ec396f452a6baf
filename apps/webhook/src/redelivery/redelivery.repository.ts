import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DeliveryEntity } from '../deliveries/delivery.entity';

/**
 * Sends messages again: a settled delivery is made pending once more under its own id (so the receiver
 * sees the same webhook-id) for one manual attempt. A delivery still on its schedule is left alone.
 */
const REARM = `status = 'pending', trigger = 'manual', next_attempt_at = now(), deferrals = 0,
               locked_until = NULL, lease_token = NULL, updated_at = now()`;

@Injectable()
export class RedeliveryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest delivery of each event to each target that carried the run (a job redelivery makes newer ones). */
  async latestCarrying(workspaceId: string, runId: string): Promise<DeliveryEntity[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT ON (coalesce(endpoint_id, url), payload_type) id
         FROM webhook.deliveries
        WHERE workspace_id = $1 AND run_ids @> ARRAY[$2::text]
        ORDER BY coalesce(endpoint_id, url), payload_type, created_at DESC, id DESC`,
      [workspaceId, runId],
    );
    return this.byIds(
      workspaceId,
      rows.map((row) => row.id),
    );
  }

  /** Makes the settled ones among these deliveries due now for one manual attempt; the ids it re-armed. */
  async rearm(workspaceId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE webhook.deliveries SET ${REARM}
        WHERE workspace_id = $1 AND id = ANY($2::text[]) AND status <> 'pending'
        RETURNING id`,
      [workspaceId, [...ids]],
    );
    return rows.map((row) => row.id);
  }

  /** Every failed delivery to the endpoint made in [since, until), re-armed; how many. */
  async rearmFailed(workspaceId: string, endpointId: string, since: Date, until: Date): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE webhook.deliveries SET ${REARM}
        WHERE workspace_id = $1 AND endpoint_id = $2 AND status = 'failed'
          AND created_at >= $3 AND created_at < $4`,
      [workspaceId, endpointId, since, until],
    );
    return count;
  }

  byIds(workspaceId: string, ids: readonly string[]): Promise<DeliveryEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(DeliveryEntity, {
      where: { workspaceId, id: In([...ids]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
