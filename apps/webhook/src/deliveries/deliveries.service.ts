import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRetryRequestedEvent,
  JobRef,
  ResolvedWorkspaceConfig,
  ScoringCompletedEvent,
  Subjects,
  WebhookAttemptFailedEvent,
  WebhookDeliveredEvent,
  WebhookFailedEvent,
  WebhookSkippedEvent,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox, RpcClient } from '@callsight/messaging';
import { DeliveryAttemptEntity, DeliveryEntity } from './delivery.entity';
import { failurePayload, resultPayload, WebhookPayload } from './webhook-payload';
import { nextAttemptDelayMs } from './retry-schedule';
import { AttemptOutcome, WEBHOOK_SETTINGS, WebhookSender, WebhookSettings } from './webhook-sender';

const CLAIM_FOR = "interval '2 minutes'";

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

  /** scoring.completed → a delivery of the results, or webhook.skipped when there is nowhere to deliver. */
  async enqueueResult(event: EventEnvelope<ScoringCompletedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const target = await this.target(event, job);
    if ('skip' in target) {
      const skipped: WebhookSkippedEvent = { job, reason: target.skip };
      return [createEvent(EventTypes.webhookSkipped, event.workspaceId, skipped, event.traceparent)];
    }
    await this.insert(manager, event, job, target.url, resultPayload(event.workspaceId, event.data, new Date()));
    return [];
  }

  /** job.redelivery_requested → the job's latest results again, to the endpoint configured now. */
  async enqueueRedelivery(
    event: EventEnvelope<JobRetryRequestedEvent>,
    manager: EntityManager,
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
    const target = await this.target(event, job);
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

  /** job.failed → a failure notice, unless the failure was the delivery itself. */
  async enqueueFailure(event: EventEnvelope<JobFailedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job, stage } = event.data;
    if (stage === 'delivering') return [];
    const target = await this.target(event, job);
    if ('url' in target)
      await this.insert(manager, event, job, target.url, failurePayload(event.workspaceId, event.data, new Date()));
    return [];
  }

  /** Claims due deliveries (so replicas never send one at once), attempts each, and records the outcome; resolves to how many were attempted. */
  async attemptDue(limit = 20): Promise<number> {
    const [claimed] = await this.dataSource.query<[DeliveryEntity[], number]>(
      `UPDATE webhook.deliveries SET locked_until = now() + ${CLAIM_FOR}, attempts = attempts + 1, updated_at = now()
        WHERE id IN (SELECT id FROM webhook.deliveries
                      WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, workspace_id AS "workspaceId", job_id AS "jobId", job, url, payload, attempts, payload_type AS "payloadType"`,
      [limit],
    );
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  private async attempt(delivery: DeliveryEntity): Promise<void> {
    const startedAt = new Date();
    let outcome: AttemptOutcome;
    try {
      const secret = await this.secretFor(delivery.workspaceId);
      outcome = secret
        ? await this.sender.send(delivery, secret, startedAt)
        : {
            delivered: false,
            retryable: false,
            status: null,
            excerpt: null,
            error: 'the workspace has no webhook signing secret',
            durationMs: 0,
          };
    } catch (error) {
      outcome = {
        delivered: false,
        retryable: true,
        status: null,
        excerpt: null,
        error: error instanceof Error ? error.message : String(error),
        durationMs: 0,
      };
    }
    await this.record(delivery, startedAt, outcome);
  }

  private async record(delivery: DeliveryEntity, startedAt: Date, outcome: AttemptOutcome): Promise<void> {
    const delay = outcome.retryable ? nextAttemptDelayMs(this.settings.retryScheduleSeconds, delivery.attempts) : null;
    const status = outcome.delivered ? 'delivered' : delay === null ? 'failed' : 'pending';
    const nextAttemptAt = status === 'pending' && delay !== null ? new Date(Date.now() + delay) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(DeliveryAttemptEntity, {
        id: newId('att'),
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        startedAt,
        durationMs: outcome.durationMs,
        responseStatus: outcome.status,
        responseExcerpt: outcome.excerpt,
        error: outcome.error,
      });
      await manager.update(
        DeliveryEntity,
        { id: delivery.id },
        {
          status,
          lockedUntil: null,
          nextAttemptAt,
          lastResponseStatus: outcome.status,
          lastError: outcome.error,
          updatedAt: new Date(),
        },
      );
      await this.outbox.add(manager, this.outcomeEvents(delivery, outcome, nextAttemptAt));
    });
    this.outbox.nudge();
    this.logger.log(
      {
        workspaceId: delivery.workspaceId,
        jobId: delivery.jobId,
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        status,
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

  private async target(event: EventEnvelope, job: JobRef): Promise<{ url: string } | { skip: string }> {
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
