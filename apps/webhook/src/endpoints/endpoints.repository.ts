import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Whether an endpoint still takes deliveries, and since when none has succeeded. */
export interface EndpointHealth {
  enabled: boolean;
  url: string;
  failingSince: Date | null;
}

/** Whether a delivery to an endpoint may start now, or when its next send slot is. */
export type SendSlot = { taken: true; limited: boolean } | { taken: false; nextAt: Date; intervalMs: number };

/** SQL of the endpoints table; every method takes the workspace first. */
@Injectable()
export class EndpointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(workspaceId: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity[]> {
    return manager.find(WebhookEndpointEntity, { where: { workspaceId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  find(
    workspaceId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WebhookEndpointEntity | null> {
    return manager.findOneBy(WebhookEndpointEntity, { workspaceId, id });
  }

  /** The enabled endpoints, for fanning an event out. */
  enabled(workspaceId: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookEndpointEntity[]> {
    return manager.find(WebhookEndpointEntity, {
      where: { workspaceId, enabled: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Changes of one workspace's endpoints take turns, so the count limit holds under concurrent creates. */
  async lock(workspaceId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`webhook-endpoints:${workspaceId}`]);
  }

  async count(workspaceId: string, manager: EntityManager): Promise<number> {
    return manager.countBy(WebhookEndpointEntity, { workspaceId });
  }

  async insert(workspaceId: string, endpoint: WebhookEndpointEntity, manager: EntityManager): Promise<void> {
    await manager.insert(WebhookEndpointEntity, { ...endpoint, workspaceId });
  }

  async save(workspaceId: string, endpoint: WebhookEndpointEntity, manager: EntityManager): Promise<void> {
    await manager.update(WebhookEndpointEntity, { workspaceId, id: endpoint.id }, { ...endpoint, workspaceId });
  }

  async recordOutcome(
    workspaceId: string,
    id: string,
    delivered: boolean,
    manager: EntityManager,
  ): Promise<EndpointHealth | null> {
    const [rows] = await manager.query<[EndpointHealth[], number]>(
      `UPDATE webhook.endpoints SET failing_since = CASE WHEN $3 THEN NULL ELSE coalesce(failing_since, now()) END
        WHERE workspace_id = $1 AND id = $2 AND (NOT $3 OR failing_since IS NOT NULL)
        RETURNING enabled, url, failing_since AS "failingSince"`,
      [workspaceId, id, delivered],
    );
    return rows[0] ?? null;
  }

  /**
   * Takes a send slot of a rate-limited endpoint (GCRA without burst): a delivery may start once
   * `rate_next_at` has passed, and starting one moves it on by 1/rate_limit seconds. The row lock makes
   * every worker on the database take turns, so together they keep to the limit. An unlimited, deleted
   * or disabled endpoint has no schedule: always taken (the attempt itself finds a refusal).
   */
  async takeSendSlot(workspaceId: string, id: string): Promise<SendSlot> {
    const rows = await this.dataSource.query<Array<{ taken: boolean; nextAt: Date; intervalMs: number }>>(
      `WITH target AS (
         SELECT id, rate_limit, rate_next_at, clock_timestamp() AS now FROM webhook.endpoints
          WHERE workspace_id = $1 AND id = $2 AND rate_limit IS NOT NULL AND enabled
          FOR UPDATE
       ), taken AS (
         UPDATE webhook.endpoints e
            SET rate_next_at = greatest(t.rate_next_at, t.now) + make_interval(secs => 1.0 / t.rate_limit)
           FROM target t
          WHERE e.id = t.id AND (t.rate_next_at IS NULL OR t.rate_next_at <= t.now)
         RETURNING e.id
       )
       SELECT EXISTS (SELECT 1 FROM taken) AS taken, t.rate_next_at AS "nextAt", 1000.0 / t.rate_limit AS "intervalMs"
         FROM target t`,
      [workspaceId, id],
    );
    const [row] = rows;
    if (!row || row.taken) return { taken: true, limited: Boolean(row) };
    return { taken: false, nextAt: new Date(row.nextAt), intervalMs: Number(row.intervalMs) };
  }

  async disable(workspaceId: string, id: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.update(
      WebhookEndpointEntity,
      { workspaceId, id },
      { enabled: false, disabledReason: reason, updatedAt: new Date() },
    );
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const { affected } = await this.dataSource.manager.delete(WebhookEndpointEntity, { workspaceId, id });
    return (affected ?? 0) > 0;
  }
}
