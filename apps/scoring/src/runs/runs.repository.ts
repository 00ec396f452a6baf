import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AlgorithmRunEntity } from './algorithm-run.entity';

/** Algorithm runs: append-only, so re-running never overwrites what an earlier run said. */
@Injectable()
export class RunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Serialises the recording of one job attempt's pipeline runs, until the transaction ends. */
  async lockAttempt(manager: EntityManager, workspaceId: string, jobId: string, attempt: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `scoring-runs:${workspaceId}:${jobId}:${attempt}`,
    ]);
  }

  pipelineRunsOfAttempt(
    workspaceId: string,
    jobId: string,
    attempt: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AlgorithmRunEntity[]> {
    return manager.find(AlgorithmRunEntity, {
      where: { workspaceId, jobId, jobAttempt: attempt, trigger: 'pipeline' },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Each job's pipeline runs of its newest analysed attempt, in the order scoring.completed listed them. */
  newestPipelineRuns(workspaceId: string, jobIds: readonly string[]): Promise<AlgorithmRunEntity[]> {
    return this.dataSource
      .getRepository(AlgorithmRunEntity)
      .createQueryBuilder('run')
      .innerJoin(
        (sub) =>
          sub
            .select('newest.job_id', 'job_id')
            .addSelect('MAX(newest.job_attempt)', 'attempt')
            .from(AlgorithmRunEntity, 'newest')
            .where(
              "newest.workspace_id = :workspaceId AND newest.job_id IN (:...jobIds) AND newest.trigger = 'pipeline'",
            )
            .groupBy('newest.job_id'),
        'last',
        'last.job_id = run.job_id AND last.attempt = run.job_attempt',
      )
      .where("run.workspace_id = :workspaceId AND run.trigger = 'pipeline'", { workspaceId, jobIds })
      .orderBy('run.job_id')
      .addOrderBy('run.created_at')
      .addOrderBy('run.id')
      .getMany();
  }

  async insert(manager: EntityManager, runs: AlgorithmRunEntity[]): Promise<void> {
    if (runs.length > 0) await manager.insert(AlgorithmRunEntity, runs as never);
  }

  forJob(workspaceId: string, jobId: string): Promise<AlgorithmRunEntity[]> {
    return this.dataSource
      .getRepository(AlgorithmRunEntity)
      .find({ where: { workspaceId, jobId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  find(workspaceId: string, runId: string): Promise<AlgorithmRunEntity | null> {
    return this.dataSource.getRepository(AlgorithmRunEntity).findOneBy({ workspaceId, id: runId });
  }

  byIds(workspaceId: string, ids: readonly string[]): Promise<AlgorithmRunEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AlgorithmRunEntity)
      .find({ where: { workspaceId, id: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
