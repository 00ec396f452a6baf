import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { VendorCallsQuery, VendorCallsReply, WorkspaceContext } from '@callsight/contracts';
import { CallEntity, JobEntity } from './job.entity';
import { jobViewOf } from './job-ref';

/**
 * Calls for the vendor read APIs (KestrelVoice, Kridtech): newest first, offset pages with the total,
 * filtered by what one vendor status stands for (the tables in `libs/contracts/src/vendors/*.mapping.ts`).
 */
@Injectable()
export class VendorCallQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(context: WorkspaceContext, query: VendorCallsQuery): Promise<VendorCallsReply> {
    const builder = this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .where('job.workspace_id = :workspaceId', { workspaceId: context.workspaceId });
    if (query.callId !== undefined) builder.andWhere('job.call_id = :callId', { callId: query.callId });
    const filter = query.filter;
    if (filter) {
      builder.andWhere('job.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter.missed === true) builder.andWhere('job.missed IS TRUE');
      if (filter.missed === false) builder.andWhere('job.missed IS NOT TRUE');
    }
    if (query.createdFrom) builder.andWhere('job.created_at >= :from', { from: new Date(query.createdFrom) });
    const total = await builder.clone().getCount();
    const jobs = await builder
      .orderBy('job.createdAt', 'DESC')
      .addOrderBy('job.id', 'DESC')
      .offset(query.offset)
      .limit(query.limit)
      .getMany();
    const calls = await this.callsOf(jobs);
    return {
      data: jobs.map((job) => ({ job: jobViewOf(job, calls.get(job.callId) as CallEntity), missed: job.missed })),
      total,
    };
  }

  private async callsOf(jobs: JobEntity[]): Promise<Map<string, CallEntity>> {
    if (jobs.length === 0) return new Map();
    const calls = await this.dataSource
      .getRepository(CallEntity)
      .createQueryBuilder('call')
      .where('call.id IN (:...ids)', { ids: jobs.map((job) => job.callId) })
      .getMany();
    return new Map(calls.map((call) => [call.id, call]));
  }
}
