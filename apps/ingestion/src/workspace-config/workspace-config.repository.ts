import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WorkspaceConfigVersionEntity } from './workspace-config-version.entity';

/** The versions of workspace configurations; every query is scoped to one workspace. */
@Injectable()
export class WorkspaceConfigRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  latest(
    workspaceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkspaceConfigVersionEntity | null> {
    return manager.findOne(WorkspaceConfigVersionEntity, { where: { workspaceId }, order: { version: 'DESC' } });
  }

  at(workspaceId: string, version: number): Promise<WorkspaceConfigVersionEntity | null> {
    return this.dataSource.manager.findOneBy(WorkspaceConfigVersionEntity, { workspaceId, version });
  }

  /** Changes of one workspace's configuration take turns, so each builds on the one before. */
  async lock(workspaceId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`config:${workspaceId}`]);
  }

  async append(
    workspaceId: string,
    manager: EntityManager,
    { version, settings, changedSections, createdAt }: Omit<WorkspaceConfigVersionEntity, 'workspaceId'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ingestion.workspace_config_versions (workspace_id, version, settings, changed_sections, created_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [workspaceId, version, JSON.stringify(settings), changedSections, createdAt],
    );
  }
}
