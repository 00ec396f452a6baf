import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventType, EventTypes, JobRetryRequestedEvent } from '@callsight/contracts';
import { createEvent, Outbox } from '@callsight/messaging';
import { CallEntity, JobEntity, JobEventEntity } from '../jobs/job.entity';
import { jobCreatedOf, jobRefOf, logLineOf } from '../jobs/job-ref';
import { moveJob } from '../jobs/job-transitions';

/** How long each stage may stay silent before the watchdog re-drives it, and how often it tries. */
export interface WatchdogSettings {
  queuedSeconds: number;
  /** Transcribing may take `transcribingSecondsPerAudioSecond` × the call's duration, but never less than this. */
  transcribingFloorSeconds: number;
  transcribingSecondsPerAudioSecond: number;
  analyzingSeconds: number;
  /** Longer than the longest gap of the webhook retry schedule, whose attempts count as progress. */
  deliveringSeconds: number;
  maxRedrives: number;
}

type WatchedStatus = 'queued' | 'transcribing' | 'analyzing' | 'delivering';

interface StuckJob {
  id: string;
  silentSeconds: number;
}

export interface WatchdogOutcome {
  redriven: number;
  failed: number;
}

/**
 * Notices jobs whose stage went silent (an event lost, a consumer that gave up without a word) and
 * re-drives the stage by publishing again the event that starts it, for the same attempt. The wait
 * doubles with each re-drive; when re-driving did not help `maxRedrives` times, the job fails naming
 * the stage. Downstream stages apply a re-driven event once per job attempt, so a stage that had in
 * fact finished only announces its result again.
 */
@Injectable()
export class StageWatchdog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async check(settings: WatchdogSettings, limit = 100): Promise<WatchdogOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stuck = await this.takeStuck(manager, settings, limit);
      const result: WatchdogOutcome = { redriven: 0, failed: 0 };
      for (const { id, silentSeconds } of stuck) {
        const job = await manager.findOneByOrFail(JobEntity, { id });
        const call = await manager.findOneByOrFail(CallEntity, { id: job.callId });
        const gaveUp = job.watchdogRedrives >= settings.maxRedrives;
        const events = gaveUp
          ? await this.fail(manager, job, call, silentSeconds)
          : await this.redrive(manager, job, call, silentSeconds, settings.maxRedrives);
        await this.outbox.add(manager, events);
        result[gaveUp ? 'failed' : 'redriven'] += 1;
      }
      return result;
    });
    if (outcome.redriven + outcome.failed > 0) this.outbox.nudge();
    return outcome;
  }

  /** Rows another replica is re-driving right now are locked, and skipped here. */
  private takeStuck(manager: EntityManager, settings: WatchdogSettings, limit: number): Promise<StuckJob[]> {
    return manager.query<StuckJob[]>(
      `SELECT j.id, extract(epoch FROM now() - j.updated_at)::float8 AS "silentSeconds"
         FROM ingestion.jobs j JOIN ingestion.calls c ON c.id = j.call_id
        WHERE j.status IN ('queued', 'transcribing', 'analyzing', 'delivering')
          AND j.updated_at < now() - make_interval(secs => power(2, j.watchdog_redrives) * CASE j.status
                WHEN 'queued' THEN $1::float8
                WHEN 'transcribing' THEN greatest($2::float8, $3::float8 * coalesce(c.duration_seconds, 0))
                WHEN 'analyzing' THEN $4::float8
                ELSE $5::float8 END)
        ORDER BY j.updated_at
        LIMIT $6
        FOR UPDATE OF j SKIP LOCKED`,
      [
        settings.queuedSeconds,
        settings.transcribingFloorSeconds,
        settings.transcribingSecondsPerAudioSecond,
        settings.analyzingSeconds,
        settings.deliveringSeconds,
        limit,
      ],
    );
  }

  private async redrive(
    manager: EntityManager,
    job: JobEntity,
    call: CallEntity,
    silentSeconds: number,
    maxRedrives: number,
  ): Promise<EventEnvelope[]> {
    const event = restartEvent(job, call);
    const count = job.watchdogRedrives + 1;
    const now = new Date();
    await manager.update(JobEntity, { id: job.id }, { watchdogRedrives: count, updatedAt: now });
    const message = `watchdog: re-drove ${job.status} (${event.type}) after ${Math.round(silentSeconds)} s without progress (re-drive ${count} of ${maxRedrives})`;
    await manager.insert(JobEventEntity, logLineOf(job, now, 'job.watchdog', job.status, null, message, event.id));
    return [event];
  }

  private fail(manager: EntityManager, job: JobEntity, call: CallEntity, silentSeconds: number) {
    const reason = `watchdog: stuck in ${job.status}, no progress ${Math.round(silentSeconds)} s after re-driving it ${job.watchdogRedrives} time(s)`;
    return moveJob(manager, job, jobRefOf(call, job), {
      to: 'failed',
      at: new Date(),
      cause: 'job.watchdog',
      reason,
      sourceEventId: null,
    });
  }
}

/**
 * The event that starts the job's current stage again. Only a requeue restarts an attempt at the
 * start, so a later attempt still queued or transcribing is a requeue. Analysis and delivery are
 * re-driven with a rerun: it announces the stored transcript again, scoring and webhook then apply
 * it once per attempt, so a lost scoring.completed is recovered too, which a redelivery (that needs a
 * delivery to exist already) would not.
 */
function restartEvent(job: JobEntity, call: CallEntity): EventEnvelope {
  const data = jobCreatedOf(call, job);
  const status = job.status as WatchedStatus;
  if (status === 'queued' || status === 'transcribing') {
    if (job.attempt === 1) return createEvent(EventTypes.jobCreated, job.workspaceId, data);
    return retryEvent(EventTypes.jobRequeued, job, { ...data, mode: 'requeue' });
  }
  return retryEvent(EventTypes.jobRerunRequested, job, { ...data, mode: 'rerun' });
}

const retryEvent = (type: EventType, job: JobEntity, data: JobRetryRequestedEvent): EventEnvelope =>
  createEvent(type, job.workspaceId, data);
