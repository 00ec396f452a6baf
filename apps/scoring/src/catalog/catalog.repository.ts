import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AlgorithmVariablesVersionEntity, WorkspaceAlgorithmEntity } from './workspace-algorithm.entity';

/** What a new row for a built-in or a copy starts from. */
export interface WorkspaceAlgorithmSeed {
  baseAlgorithmId: string;
  copiedFrom: string | null;
  name: string | null;
  description: string | null;
}

/** A workspace's variables, copies and deprecations; versions of variables are only ever added. */
@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(workspaceId: string): Promise<WorkspaceAlgorithmEntity[]> {
    return this.dataSource
      .getRepository(WorkspaceAlgorithmEntity)
      .find({ where: { workspaceId }, order: { algorithmId: 'ASC' } });
  }

  find(workspaceId: string, algorithmId: string): Promise<WorkspaceAlgorithmEntity | null> {
    return this.dataSource.getRepository(WorkspaceAlgorithmEntity).findOneBy({ workspaceId, algorithmId });
  }

  countCopies(workspaceId: string): Promise<number> {
    return this.dataSource
      .getRepository(WorkspaceAlgorithmEntity)
      .createQueryBuilder('entry')
      .where('entry.workspace_id = :workspaceId AND entry.base_algorithm_id <> entry.algorithm_id', { workspaceId })
      .getCount();
  }

  /** Newest first. */
  history(workspaceId: string, algorithmId: string, limit: number): Promise<AlgorithmVariablesVersionEntity[]> {
    return this.dataSource
      .getRepository(AlgorithmVariablesVersionEntity)
      .find({ where: { workspaceId, algorithmId }, order: { version: 'DESC' }, take: limit });
  }

  /**
   * Stores `change(current values)` as the next version, under a row lock so that two changes at once
   * both land, one after the other. `change` refuses values that do not fit, and nothing is stored.
   */
  nextVariables<R>(
    workspaceId: string,
    algorithmId: string,
    seed: WorkspaceAlgorithmSeed,
    change: (current: Record<string, unknown>) => { variables: Record<string, unknown> } | { refused: R },
  ): Promise<WorkspaceAlgorithmEntity | { refused: R }> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedRow(manager, workspaceId, algorithmId, seed);
      const changed = change(current.variables);
      if ('refused' in changed) return changed;
      const now = new Date();
      const version = current.version + 1;
      await manager.query(
        `UPDATE scoring.workspace_algorithms SET version = $3, variables = $4::jsonb, updated_at = $5
         WHERE workspace_id = $1 AND algorithm_id = $2`,
        [workspaceId, algorithmId, version, JSON.stringify(changed.variables), now],
      );
      await this.addVersion(manager, workspaceId, algorithmId, version, changed.variables, now);
      return { ...current, version, variables: changed.variables, updatedAt: now };
    });
  }

  /** Adds a copy at version 1; false when the workspace already has an algorithm with its id. */
  insertCopy(
    workspaceId: string,
    algorithmId: string,
    seed: WorkspaceAlgorithmSeed,
    variables: Record<string, unknown>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const inserted = await this.insertRow(manager, workspaceId, algorithmId, seed, 1, variables, now);
      if (!inserted) return false;
      await this.addVersion(manager, workspaceId, algorithmId, 1, variables, now);
      return true;
    });
  }

  async setDeprecated(
    workspaceId: string,
    algorithmId: string,
    seed: WorkspaceAlgorithmSeed,
    deprecated: boolean,
  ): Promise<WorkspaceAlgorithmEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedRow(manager, workspaceId, algorithmId, seed);
      if ((current.deprecatedAt !== null) === deprecated) return current;
      const now = new Date();
      const deprecatedAt = deprecated ? now : null;
      await manager.update(WorkspaceAlgorithmEntity, { workspaceId, algorithmId }, { deprecatedAt, updatedAt: now });
      return { ...current, deprecatedAt, updatedAt: now };
    });
  }

  /** The row, created at version 0 with no values when the workspace never changed the algorithm, locked. */
  private async lockedRow(
    manager: EntityManager,
    workspaceId: string,
    algorithmId: string,
    seed: WorkspaceAlgorithmSeed,
  ): Promise<WorkspaceAlgorithmEntity> {
    await this.insertRow(manager, workspaceId, algorithmId, seed, 0, {}, new Date());
    return manager
      .getRepository(WorkspaceAlgorithmEntity)
      .createQueryBuilder('entry')
      .setLock('pessimistic_write')
      .where('entry.workspace_id = :workspaceId AND entry.algorithm_id = :algorithmId', { workspaceId, algorithmId })
      .getOneOrFail();
  }

  /** Inserts the row unless one exists; says whether it did. */
  private async insertRow(
    manager: EntityManager,
    workspaceId: string,
    algorithmId: string,
    seed: WorkspaceAlgorithmSeed,
    version: number,
    variables: Record<string, unknown>,
    now: Date,
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO scoring.workspace_algorithms
         (workspace_id, algorithm_id, base_algorithm_id, copied_from, name, description, version, variables,
          created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $9)
       ON CONFLICT (workspace_id, algorithm_id) DO NOTHING
       RETURNING algorithm_id`,
      [
        workspaceId,
        algorithmId,
        seed.baseAlgorithmId,
        seed.copiedFrom,
        seed.name,
        seed.description,
        version,
        JSON.stringify(variables),
        now,
      ],
    );
    return rows.length > 0;
  }

  private async addVersion(
    manager: EntityManager,
    workspaceId: string,
    algorithmId: string,
    version: number,
    variables: Record<string, unknown>,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO scoring.algorithm_variable_versions (workspace_id, algorithm_id, version, variables, created_at)
       VALUES ($1, $2, $3, $4::jsonb, $5)`,
      [workspaceId, algorithmId, version, JSON.stringify(variables), now],
    );
  }
}
