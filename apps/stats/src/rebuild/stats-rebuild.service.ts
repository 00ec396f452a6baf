import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import {
  JobHistoryEntry,
  JobHistoryPage,
  PipelineResults,
  StatsRebuildCommand,
  StatsRebuildResult,
  Subjects,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { RpcClient } from '@callsight/messaging';
import { JobFacts } from '../rollups/job-facts';
import { localDay, RollupSum } from '../rollups/rollup-rows';
import { RollupsRepository } from '../rollups/rollups.repository';
import { factsFromHistory } from './facts-from-history';

const PAGE = 1000;
const RPC_TIMEOUT_MS = 60_000;

type Analysis = PipelineResults['jobs'][number];

/**
 * Recomputes a workspace's facts and rollups from ingestion's job history and scoring's runs, asked
 * over NATS: stats never reads their tables. Each workspace is replaced in one transaction that holds
 * its lock, so events arriving meanwhile wait and then find their change already counted.
 */
@Injectable()
export class StatsRebuildService {
  private readonly logger = new Logger(StatsRebuildService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rpc: RpcClient,
    private readonly repository: RollupsRepository,
  ) {}

  async rebuild(command: StatsRebuildCommand): Promise<StatsRebuildResult> {
    const started = Date.now();
    const requestId = newId('req');
    let open: WorkspaceRebuild | null = null;
    let workspaces = 0;
    let jobs = 0;
    try {
      if (command.workspaceId) open = await this.begin(command.workspaceId);
      let after: string | null = null;
      do {
        const page: JobHistoryPage = await this.rpc.request(
          Subjects.ingestion.jobHistory,
          { requestId },
          { workspaceId: command.workspaceId ?? null, after, limit: PAGE },
          RPC_TIMEOUT_MS,
        );
        for (const [workspaceId, entries] of byWorkspace(page.jobs)) {
          if (open?.workspaceId !== workspaceId) {
            await open?.commit();
            workspaces += open ? 1 : 0;
            open = await this.begin(workspaceId);
          }
          const analyses = await this.analysesOf(workspaceId, requestId, entries);
          await open.add(entries.map((entry) => factsFromHistory(entry, analyses.get(entry.job.jobId))));
          jobs += entries.length;
        }
        after = page.next;
      } while (after);
      await open?.commit();
      workspaces += open ? 1 : 0;
      open = null;
    } finally {
      await open?.rollback();
    }
    const result = { workspaces, jobs, milliseconds: Date.now() - started };
    this.logger.log(result, 'stats rebuilt');
    return result;
  }

  private async begin(workspaceId: string): Promise<WorkspaceRebuild> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    await this.repository.lockWorkspace(runner.manager, workspaceId);
    await this.repository.clearWorkspace(runner.manager, workspaceId);
    return new WorkspaceRebuild(workspaceId, runner, this.repository);
  }

  /** Scoring answers as many jobs as fit one reply; ask again from where it stopped. */
  private async analysesOf(
    workspaceId: string,
    requestId: string,
    entries: readonly JobHistoryEntry[],
  ): Promise<Map<string, Analysis>> {
    const analyses = new Map<string, Analysis>();
    let jobIds = entries.map((entry) => entry.job.jobId);
    while (jobIds.length > 0) {
      const reply: PipelineResults = await this.rpc.request(
        Subjects.scoring.pipelineResults,
        { workspaceId, requestId },
        { jobIds },
        RPC_TIMEOUT_MS,
      );
      for (const analysis of reply.jobs) analyses.set(analysis.jobId, analysis);
      jobIds = jobIds.slice(Math.max(1, reply.answered));
    }
    return analyses;
  }
}

/** One workspace being replaced: facts written as pages arrive, rollups summed in memory and written last. */
class WorkspaceRebuild {
  private readonly sum = new RollupSum();
  private readonly zones = new Map<string, { first: string; last: string }>();

  constructor(
    readonly workspaceId: string,
    private readonly runner: QueryRunner,
    private readonly repository: RollupsRepository,
  ) {}

  async add(facts: readonly JobFacts[]): Promise<void> {
    await this.repository.insertFacts(this.runner.manager, this.workspaceId, facts);
    for (const item of facts) {
      this.sum.add(item);
      const day = localDay(item.createdAt, item.zone);
      const zone = this.zones.get(item.zone);
      this.zones.set(item.zone, {
        first: zone && zone.first < day ? zone.first : day,
        last: zone && zone.last > day ? zone.last : day,
      });
    }
  }

  async commit(): Promise<void> {
    try {
      await this.repository.addToRollups(this.runner.manager, this.workspaceId, this.sum.changedRows());
      for (const [zone, days] of this.zones) {
        await this.repository.coverDay(this.runner.manager, this.workspaceId, zone, days.first);
        await this.repository.coverDay(this.runner.manager, this.workspaceId, zone, days.last);
      }
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async rollback(): Promise<void> {
    if (this.runner.isReleased) return;
    try {
      await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }
}

function byWorkspace(entries: readonly JobHistoryEntry[]): [string, JobHistoryEntry[]][] {
  const groups: [string, JobHistoryEntry[]][] = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last?.[0] === entry.workspaceId) last[1].push(entry);
    else groups.push([entry.workspaceId, [entry]]);
  }
  return groups;
}
