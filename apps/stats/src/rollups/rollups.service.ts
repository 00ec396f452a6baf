import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, JobRef } from '@callsight/contracts';
import { PermanentEventError } from '@callsight/messaging';
import { JobFacts, nextFacts } from './job-facts';
import { rowChanges } from './rollup-rows';
import { RollupsRepository } from './rollups.repository';

/** Folds job events into each job's facts and the rollups summed from them, in the event's transaction. */
@Injectable()
export class RollupsService {
  constructor(private readonly repository: RollupsRepository) {}

  async apply(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const job = (event.data as { job?: JobRef }).job;
    if (!job?.jobId || !job.createdAt || Number.isNaN(Date.parse(job.createdAt))) {
      throw new PermanentEventError(`stats cannot count ${event.type} ${event.id}`);
    }
    await this.repository.lockJob(manager, event.workspaceId, job.jobId);
    const previous = await this.repository.facts(manager, event.workspaceId, job.jobId);
    const next = nextFacts(previous, event);
    if (!next || (previous && sameFacts(previous, next))) return;
    await this.repository.saveFacts(manager, event.workspaceId, next, previous === null);
    await this.repository.addToRollups(manager, event.workspaceId, rowChanges(previous, next));
  }
}

const sameFacts = (a: JobFacts, b: JobFacts): boolean => JSON.stringify(a) === JSON.stringify(b);
