import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

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
  enabled(workspaceId: string): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.manager.find(WebhookEndpointEntity, {
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
