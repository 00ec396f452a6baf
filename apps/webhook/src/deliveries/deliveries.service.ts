import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AlgorithmRuns,
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRetryRequestedEvent,
  JobRef,
  ResolvedWorkspaceConfig,
  ScoringCompletedEvent,
  Subjects,
  TranscriptReply,
  WebhookAttemptFailedEvent,
  WebhookDeliveredEvent,
  WebhookFailedEvent,
  WebhookSkippedEvent,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox, RpcClient } from '@callsight/messaging';
import { DeliveryAttemptEntity, DeliveryEntity } from './delivery.entity';
import { failurePayload, ResultMaterial, resultPayload, WebhookPayload } from './webhook-payload';
import { nextAttemptDelayMs } from './retry-schedule';
import { DeliveryLease } from './delivery-lease';
import { AttemptOutcome, WEBHOOK_SETTINGS, WebhookSender, WebhookSettings } from './webhook-sender';

const ABANDONED_ATTEMPT =
  'the webhook worker stopped during this attempt, so its outcome is unknown; the delivery was sent again once its lease ran out';

const failure = (error: string): AttemptOutcome => ({
  delivered: false,
  retryable: false,
  status: null,
  excerpt: null,
  error,
  durationMs: 0,
});
const NO_SECRET = failure('the workspace has no webhook signing secret');
const LAST_ATTEMPT_LOST = failure(`the last attempt's outcome is unknown: ${ABANDONED_ATTEMPT}`);

/** Where a workspace's deliveries go, or why there is nowhere to deliver. */
export type DeliveryTarget = { url: string } | { skip: string };

/** A results delivery's endpoint and what goes in its payload, gathered before the transaction. */
export type ResultWork = { url: string; material: ResultMaterial } | Extract<DeliveryTarget, { skip: string }>;

interface StartedAttempt {
  id: string;
  number: number;
  startedAt: Date;
}

/** Turns results into durable deliveries and works them off with retries on a schedule. */
@Injectable()
export class DeliveriesService {
  private readonly logger = new Logger(DeliveriesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
    private readonly rpc: RpcClient,
    private readonly sender: WebhookSender,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Outside any transaction: where the results go (asked of ingestion) and, as scoring.completed
   * carries run ids and compact outputs only, the transcript and the runs' whole outputs, read from
   * the services that keep them.
   */
  async resultWork(event: EventEnvelope<ScoringCompletedEvent>): Promise<ResultWork> {
    const target = await this.targetOf(event);
    if ('skip' in target) return target;
    const context = { workspaceId: event.workspaceId, requestId: event.id };
    const { jobId } = event.data.job;
    const [transcript, runs] = await Promise.all([
      this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, { jobId }),
      this.rpc.request<AlgorithmRuns>(Subjects.scoring.listRuns, context, { jobId }),
    ]);
    const announced = new Set(event.data.runs.map((run) => run.runId));
    const material = { transcriptText: transcript.text, runs: runs.data.filter((run) => announced.has(run.run_id)) };
    return { url: target.url, material };
  }

  /** scoring.completed → a delivery of the results, or webhook.skipped when there is nowhere to deliver. */
  async enqueueResult(
    event: EventEnvelope<ScoringCompletedEvent>,
    manager: EntityManager,
    work: ResultWork,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const earlier = await this.resultDeliveryOf(manager, event.workspaceId, job);
    if (earlier) return this.settledOutcome(earlier);
    if ('skip' in work) {
      const skipped: WebhookSkippedEvent = { job, reason: work.skip };
      return [createEvent(EventTypes.webhookSkipped, event.workspaceId, skipped, event.traceparent)];
    }
    const payload = resultPayload(event.workspaceId, event.data, work.material, new Date());
    await this.insert(manager, event, job, work.url, payload);
    return [];
  }

  /**
   * The results delivery already made for this job attempt: a re-driven scoring.completed (the stage
   * watchdog's) must not send the results twice. Events of one attempt take turns, so the second sees the first's.
   */
  private async resultDeliveryOf(manager: EntityManager, workspaceId: string, job: JobRef) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `webhook-result:${job.jobId}:${job.attempt ?? 1}`,
    ]);
    return manager
      .createQueryBuilder(DeliveryEntity, 'delivery')
      .where('delivery.workspace_id = :workspaceId AND delivery.job_id = :jobId', { workspaceId, jobId: job.jobId })
      .andWhere("delivery.payload_type = 'job.completed' AND (delivery.job->>'attempt')::int = :attempt", {
        attempt: job.attempt ?? 1,
      })
      .orderBy('delivery.created_at', 'DESC')
      .getOne();
  }

  /** A delivery still pending will report on its own; a settled one's outcome is announced again, in case it was lost. */
  private settledOutcome(delivery: DeliveryEntity): EventEnvelope[] {
    const { job, id: deliveryId, url, attempts, workspaceId } = delivery;
    if (delivery.status === 'delivered') {
      const data: WebhookDeliveredEvent = {
        job,
        deliveryId,
        url,
        attempts,
        responseStatus: delivery.lastResponseStatus ?? 0,
      };
      return [createEvent(EventTypes.webhookDelivered, workspaceId, data)];
    }
    if (delivery.status === 'failed') {
      const data: WebhookFailedEvent = { job, deliveryId, url, attempts, reason: delivery.lastError ?? 'failed' };
      return [createEvent(EventTypes.webhookFailed, workspaceId, data)];
    }
    return [];
  }

  /** job.redelivery_requested → the job's latest results again, to the endpoint configured now. */
  async enqueueRedelivery(
    event: EventEnvelope<JobRetryRequestedEvent>,
    manager: EntityManager,
    target: DeliveryTarget,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const previous = await manager.findOne(DeliveryEntity, {
      where: { workspaceId: event.workspaceId, jobId: job.jobId, payloadType: 'job.completed' },
      order: { createdAt: 'DESC' },
    });
    if (!previous) {
      const failed: WebhookFailedEvent = {
        job,
        deliveryId: '',
        url: '',
        attempts: 0,
        reason: 'there are no earlier results to deliver again; retry with mode rerun',
      };
      return [createEvent(EventTypes.webhookFailed, event.workspaceId, failed, event.traceparent)];
    }
    if ('skip' in target)
      return [
        createEvent<WebhookSkippedEvent>(
          EventTypes.webhookSkipped,
          event.workspaceId,
          { job, reason: target.skip },
          event.traceparent,
        ),
      ];
    const payload = previous.payload as WebhookPayload;
    await this.insert(manager, event, job, target.url, { ...payload, timestamp: new Date().toISOString() });
    return [];
  }

  /** Outside any transaction: where a failure notice goes; null when the failure was the delivery itself (no notice). */
  failureTarget(event: EventEnvelope<JobFailedEvent>): Promise<DeliveryTarget | null> {
    return event.data.stage === 'delivering' ? Promise.resolve(null) : this.targetOf(event);
  }

  /** job.failed → a failure notice, to the endpoint `failureTarget` found. */
  async enqueueFailure(
    event: EventEnvelope<JobFailedEvent>,
    manager: EntityManager,
    target: DeliveryTarget | null,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    if (target && 'url' in target)
      await this.insert(manager, event, job, target.url, failurePayload(event.workspaceId, event.data, new Date()));
    return [];
  }

  /**
   * Claims due deliveries under a short, renewed lease (so replicas never send one at once and a crashed
   * worker's claims are free again within seconds), attempts each, and records the outcome; resolves to
   * how many were claimed.
   */
  async attemptDue(limit = 20): Promise<number> {
    const lease = new DeliveryLease(this.dataSource, this.settings.leaseMs, this.logger);
    const claimed = await this.claim(lease, limit);
    lease.hold(claimed.map((delivery) => delivery.id));
    const secrets = new Map<string, Promise<string | null>>();
    const secretOf = (workspaceId: string) => {
      const known = secrets.get(workspaceId) ?? this.secretFor(workspaceId);
      secrets.set(workspaceId, known);
      return known;
    };
    try {
      const settled = await Promise.allSettled(claimed.map((delivery) => this.work(delivery, lease, secretOf)));
      for (const result of settled)
        if (result.status === 'rejected')
          this.logger.error({ err: result.reason as unknown }, 'delivery attempt not recorded; its lease will run out');
    } finally {
      lease.stop();
    }
    return claimed.length;
  }

  /** Also closes the attempt a crashed worker left open, so the attempt log says what became of it. */
  private async claim(lease: DeliveryLease, limit: number): Promise<DeliveryEntity[]> {
    return this.dataSource.query<DeliveryEntity[]>(
      `WITH claimed AS (
         UPDATE webhook.deliveries SET locked_until = ${lease.until}, lease_token = $2, updated_at = now()
          WHERE id IN (SELECT id FROM webhook.deliveries
                        WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, workspace_id AS "workspaceId", job_id AS "jobId", job, url, payload, attempts, payload_type AS "payloadType"
       ), abandoned AS (
         UPDATE webhook.delivery_attempts SET error = $3
          WHERE delivery_id IN (SELECT id FROM claimed) AND duration_ms IS NULL AND error IS NULL
       )
       SELECT * FROM claimed`,
      [limit, lease.token, ABANDONED_ATTEMPT],
    );
  }

  private async work(
    delivery: DeliveryEntity,
    lease: DeliveryLease,
    secretOf: (workspaceId: string) => Promise<string | null>,
  ): Promise<void> {
    try {
      let secret: string | null;
      try {
        secret = await secretOf(delivery.workspaceId);
      } catch (error) {
        return await this.defer(delivery, lease, error);
      }
      if (delivery.attempts >= this.maxAttempts) return await this.settle(delivery, lease, null, LAST_ATTEMPT_LOST);
      const attempt = await this.start(delivery, lease);
      if (!attempt) return;
      const outcome = secret ? await this.sender.send(delivery, secret, attempt.startedAt) : NO_SECRET;
      await this.settle({ ...delivery, attempts: attempt.number }, lease, attempt, outcome);
    } finally {
      lease.letGo(delivery.id);
    }
  }

  private get maxAttempts(): number {
    return this.settings.retryScheduleSeconds.length + 1;
  }

  /**
   * A service the attempt needs (ingestion for the secret, NATS between) is unavailable: that is ours to
   * wait out, so the delivery is tried again with a growing backoff and its attempts stay untouched.
   */
  private async defer(delivery: DeliveryEntity, lease: DeliveryLease, error: unknown): Promise<void> {
    const baseMs = Math.min(1_000, this.settings.deferMaxMs);
    await this.dataSource.query(
      `UPDATE webhook.deliveries
          SET locked_until = NULL, lease_token = NULL, deferrals = deferrals + 1, updated_at = now(),
              next_attempt_at = now() + make_interval(secs => least($3::float8, $4::float8 * power(2, least(deferrals, 20))) / 1000)
        WHERE id = $1 AND lease_token = $2`,
      [delivery.id, lease.token, this.settings.deferMaxMs, baseMs],
    );
    this.logger.warn(
      {
        workspaceId: delivery.workspaceId,
        deliveryId: delivery.id,
        reason: error instanceof Error ? error.message : String(error),
      },
      'webhook attempt put off: a service it needs is unavailable; no attempt counted',
    );
  }

  /** Counts the attempt and opens its log row in one step, just before the request goes out. */
  private async start(delivery: DeliveryEntity, lease: DeliveryLease): Promise<StartedAttempt | null> {
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ attempts: number }[], number]>(
        `UPDATE webhook.deliveries SET attempts = attempts + 1, deferrals = 0, updated_at = now()
          WHERE id = $1 AND lease_token = $2 AND status = 'pending' RETURNING attempts`,
        [delivery.id, lease.token],
      );
      if (rows.length === 0) return null;
      const attempt = { id: newId('att'), number: rows[0].attempts, startedAt: new Date() };
      await manager.insert(DeliveryAttemptEntity, {
        id: attempt.id,
        deliveryId: delivery.id,
        attempt: attempt.number,
        startedAt: attempt.startedAt,
        durationMs: null,
        responseStatus: null,
        responseExcerpt: null,
        error: null,
      });
      return attempt;
    });
  }

  /** Writes the outcome, unless the lease was lost meanwhile: then the worker that holds it now decides. */
  private async settle(
    delivery: DeliveryEntity,
    lease: DeliveryLease,
    attempt: StartedAttempt | null,
    outcome: AttemptOutcome,
  ): Promise<void> {
    const delay = outcome.retryable ? nextAttemptDelayMs(this.settings.retryScheduleSeconds, delivery.attempts) : null;
    const status = outcome.delivered ? 'delivered' : delay === null ? 'failed' : 'pending';
    const nextAttemptAt = status === 'pending' && delay !== null ? new Date(Date.now() + delay) : null;
    const written = await this.dataSource.transaction(async (manager) => {
      if (attempt)
        await manager.update(
          DeliveryAttemptEntity,
          { id: attempt.id },
          {
            durationMs: outcome.durationMs,
            responseStatus: outcome.status,
            responseExcerpt: outcome.excerpt,
            error: outcome.error,
          },
        );
      const { affected } = await manager.update(
        DeliveryEntity,
        { id: delivery.id, leaseToken: lease.token, status: 'pending' },
        {
          status,
          lockedUntil: null,
          leaseToken: null,
          nextAttemptAt,
          lastResponseStatus: outcome.status,
          lastError: outcome.error,
          updatedAt: new Date(),
        },
      );
      if (!affected) return false;
      await this.outbox.add(manager, this.outcomeEvents(delivery, outcome, nextAttemptAt));
      return true;
    });
    if (written) this.outbox.nudge();
    this.logger.log(
      {
        workspaceId: delivery.workspaceId,
        jobId: delivery.jobId,
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        status: written ? status : 'lease lost',
        responseStatus: outcome.status,
        error: outcome.error,
      },
      'webhook attempt',
    );
  }

  /** Only result deliveries concern the job; failure notices are about jobs that are already finished. */
  private outcomeEvents(
    delivery: DeliveryEntity,
    outcome: AttemptOutcome,
    nextAttemptAt: Date | null,
  ): EventEnvelope[] {
    if (delivery.payloadType !== 'job.completed') return [];
    const { job, id: deliveryId, url, workspaceId } = delivery;
    if (outcome.delivered) {
      const data: WebhookDeliveredEvent = {
        job,
        deliveryId,
        url,
        attempts: delivery.attempts,
        responseStatus: outcome.status ?? 0,
      };
      return [createEvent(EventTypes.webhookDelivered, workspaceId, data)];
    }
    const reason = outcome.error ?? 'failed';
    if (nextAttemptAt) {
      const data: WebhookAttemptFailedEvent = {
        job,
        deliveryId,
        url,
        attempt: delivery.attempts,
        maxAttempts: this.settings.retryScheduleSeconds.length + 1,
        reason,
        responseStatus: outcome.status,
        nextAttemptAt: nextAttemptAt.toISOString(),
      };
      return [createEvent(EventTypes.webhookAttemptFailed, workspaceId, data)];
    }
    const data: WebhookFailedEvent = { job, deliveryId, url, attempts: delivery.attempts, reason };
    return [createEvent(EventTypes.webhookFailed, workspaceId, data)];
  }

  /** Asks ingestion for the workspace's endpoint; call it outside any transaction (it waits on another service). */
  async targetOf(event: EventEnvelope<{ job: JobRef }>): Promise<DeliveryTarget> {
    const { job } = event.data;
    const config = await this.config(event.workspaceId, event.id);
    const url = job.webhookUrl ?? config.webhooks.url;
    if (!url) return { skip: 'no webhook endpoint is configured for the workspace' };
    if (!config.webhooks.enabled) return { skip: 'webhook deliveries are disabled for the workspace' };
    if (!config.webhooks.secret) return { skip: 'the workspace has no webhook signing secret' };
    return { url };
  }

  private async secretFor(workspaceId: string): Promise<string | null> {
    return (await this.config(workspaceId, newId('req'))).webhooks.secret;
  }

  private config(workspaceId: string, requestId: string): Promise<ResolvedWorkspaceConfig> {
    return this.rpc.request<ResolvedWorkspaceConfig>(
      Subjects.ingestion.getWorkspaceConfig,
      { workspaceId, requestId },
      {},
    );
  }

  private async insert(
    manager: EntityManager,
    event: EventEnvelope,
    job: JobRef,
    url: string,
    payload: WebhookPayload,
  ): Promise<void> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values({
        id: newId('dlv'),
        workspaceId: event.workspaceId,
        jobId: job.jobId,
        job,
        sourceEventId: event.id,
        payloadType: payload.type,
        url,
        payload: payload as never,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        lastResponseStatus: null,
        lastError: null,
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
  }
}
