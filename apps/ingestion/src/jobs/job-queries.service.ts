import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import {
  DomainError,
  JobLogs,
  JobPage,
  JobView,
  ListJobsQuery,
  LookupJobQuery,
  WorkspaceContext,
} from '@callsight/contracts';
import { decodeKeysetCursor, encodeKeysetCursor } from '@callsight/common/pagination';
import { CallEntity, JobEntity, JobEventEntity } from './job.entity';
import { jobViewOf, logEntryOf } from './job-ref';

/** Reads jobs for the API: one, a filtered page, the latest by source ids, and a job's log. */
@Injectable()
export class JobQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(context: WorkspaceContext, jobId: string): Promise<JobView> {
    const job = await this.dataSource
      .getRepository(JobEntity)
      .findOneBy({ id: jobId, workspaceId: context.workspaceId });
    if (!job) throw DomainError.notFound(`Job ${jobId}`);
    const call = await this.dataSource.getRepository(CallEntity).findOneByOrFail({ id: job.callId });
    return jobViewOf(job, call);
  }

  async list(context: WorkspaceContext, query: ListJobsQuery): Promise<JobPage> {
    const limit = query.limit ?? 20;
    const descending = (query.sort ?? '-created_at') === '-created_at';
    const builder = this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .innerJoin(CallEntity, 'call', 'call.id = job.call_id')
      .where('job.workspace_id = :workspaceId', { workspaceId: context.workspaceId });
    if (query.status?.length) builder.andWhere('job.status IN (:...statuses)', { statuses: query.status });
    if (query.created_from) builder.andWhere('job.created_at >= :from', { from: new Date(query.created_from) });
    if (query.created_to) builder.andWhere('job.created_at < :to', { to: new Date(query.created_to) });
    if (query.source_call_id)
      builder.andWhere('call.source_call_id = :sourceCallId', { sourceCallId: query.source_call_id });
    if (query.source_company_id)
      builder.andWhere('call.source_company_id = :sourceCompanyId', { sourceCompanyId: query.source_company_id });
    if (query.cursor) {
      const cursor = decodeKeysetCursor(query.cursor, 'job');
      const op = descending ? '<' : '>';
      builder.andWhere(
        new Brackets((where) =>
          where
            .where(`job.created_at ${op} :cursorAt`, { cursorAt: cursor.at })
            .orWhere(`job.created_at = :cursorAt AND job.id ${op} :cursorId`, { cursorId: cursor.id }),
        ),
      );
    }
    const order = descending ? 'DESC' : 'ASC';
    const jobs = await builder
      .orderBy('job.createdAt', order)
      .addOrderBy('job.id', order)
      .limit(limit + 1)
      .getMany();
    const page = jobs.slice(0, limit);
    const calls = await this.callsOf(page);
    return {
      data: page.map((job) => jobViewOf(job, calls.get(job.callId) as CallEntity)),
      next_cursor:
        jobs.length > limit ? encodeKeysetCursor(page[page.length - 1].createdAt, page[page.length - 1].id) : null,
    };
  }

  async lookup(context: WorkspaceContext, query: LookupJobQuery): Promise<JobView> {
    const job = await this.latestBySource(context.workspaceId, query.source_call_id, query.source_company_id);
    if (!job)
      throw DomainError.notFound(
        `A job for source_call_id "${query.source_call_id}"${query.source_company_id ? ` and source_company_id "${query.source_company_id}"` : ''}`,
      );
    return this.get(context, job.id);
  }

  async logs(context: WorkspaceContext, jobId: string): Promise<JobLogs> {
    await this.get(context, jobId);
    const lines = await this.dataSource
      .getRepository(JobEventEntity)
      .find({ where: { jobId }, order: { at: 'ASC', id: 'ASC' } });
    return { job_id: jobId, data: lines.map(logEntryOf) };
  }

  async latestBySource(workspaceId: string, sourceCallId: string, sourceCompanyId?: string): Promise<JobEntity | null> {
    const builder = this.dataSource
      .getRepository(JobEntity)
      .createQueryBuilder('job')
      .innerJoin(CallEntity, 'call', 'call.id = job.call_id')
      .where('job.workspace_id = :workspaceId AND call.source_call_id = :sourceCallId', { workspaceId, sourceCallId });
    if (sourceCompanyId) builder.andWhere('call.source_company_id = :sourceCompanyId', { sourceCompanyId });
    return builder.orderBy('job.createdAt', 'DESC').addOrderBy('job.id', 'DESC').limit(1).getOne();
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
