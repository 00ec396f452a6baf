import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import {
  AlgorithmRunCompletedEvent,
  AlgorithmRuns,
  AlgorithmRunView,
  DomainError,
  ErrorCodes,
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRetryRequestedEvent,
  JobRef,
  ScoringCompletedEvent,
  RecordingReply,
  Subjects,
  subscribesTo,
  TranscriptReply,
  WebhookEventType,
  WebhookAttemptFailedEvent,
  WebhookDeliveredEvent,
  WebhookFailedEvent,
  WebhookSkippedEvent,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { createEvent, Outbox, RpcClient } from '@callsight/messaging';
import { EndpointsService } from '../endpoints/endpoints.service';
import { FormatRegistry } from '../formats/format-registry';
import { bodiesOf, DeliveryFacts } from '../formats/payload-format';
import { AttemptTrigger, DeliveryAttemptEntity, DeliveryEntity } from './delivery.entity';
import { DeliveryTarget, DeliveryTargets, DeliveryTargetsService, endpointTarget } from './delivery-targets';
import { ResultMaterial } from './webhook-payload';
import { nextAttemptDelayMs } from './retry-schedule';
import { DeliveryLease } from './delivery-lease';
import { PerRequestAuth } from './per-request-auth';
import { EndpointRateLimit } from './endpoint-rate-limit';
import { RecordingUrls } from '../recordings/recording-urls';
import {
  AttemptOutcome,
  plainSigning,
  Signing,
  WEBHOOK_SETTINGS,
  WebhookSender,
  WebhookSettings,
} from './webhook-sender';

const ABANDONED_ATTEMPT =
  'the webhook worker stopped during this attempt, so its outcome is unknown; the delivery was sent again once its lease ran out';

/** What a delivery was made from: the event's workspace and id (its deliveries are unique per endpoint and type). */
type DeliverySource = Pick<EventEnvelope, 'workspaceId' | 'id'>;

/** Whose delivery it is: the job (its snapshot, when the delivery reports on its progress) and the runs it carries. */
interface DeliveryOwner {
  jobId: string;
  job: JobRef | null;
  runIds: readonly string[];
}

/**
 * Deliveries that tell of something (a failed job, a disabled endpoint, an on-demand run) rather than
 * carry a job's results: they never decide the job's outcome.
 */
const NOTICE_TYPES: WebhookEventType[] = ['job.failed', 'endpoint.disabled', 'algorithm_run.completed'];

/** An endpoint that has not accepted a delivery for this long is disabled (Svix and Standard Webhooks do the same). */
const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3600 * 1000;

const failure = (error: string): AttemptOutcome => ({
  delivered: false,
  retryable: false,
  status: null,
  excerpt: null,
  error,
  durationMs: 0,
  retryAfterMs: null,
});
const NO_SECRET = failure('the workspace has no webhook signing secret');
const LAST_ATTEMPT_LOST = failure(`the last attempt's outcome is unknown: ${ABANDONED_ATTEMPT}`);

/** A results delivery's targets and what goes in its payloads, gathered before the transaction. */
export type ResultWork =
  { targets: DeliveryTarget[]; material: ResultMaterial; recordingUrl: string | null } | { skip: string };

/** Where a job's results go again, and its recording URL signed now, gathered before the transaction. */
export type RedeliveryWork = { targets: DeliveryTarget[]; recordingUrl: string | null } | { skip: string };

/** An on-demand run, whole, and where it goes, gathered before the transaction. */
export type RunWork = { targets: DeliveryTarget[]; run: AlgorithmRunView } | { skip: string };

/** Deliveries claimed together under one lease, with the config section's secrets asked once for them. */
export interface ClaimedBatch {
  lease: DeliveryLease;
  deliveries: DeliveryEntity[];
  sectionSecretOf: (workspaceId: string) => Promise<string | null>;
  /** When each delivery handed back for its endpoint's rate limit falls due. */
  wakeAts: Date[];
}

/** What a per-endpoint limit counts by: the endpoint, or the URL of the config section's. */
export const targetKeyOf = (delivery: Pick<DeliveryEntity, 'endpointId' | 'url'>): string =>
  delivery.endpointId ?? delivery.url;

interface StartedAttempt {
  id: string;
  number: number;
  startedAt: Date;
  trigger: AttemptTrigger;
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
    private readonly targets: DeliveryTargetsService,
    private readonly endpoints: EndpointsService,
    private readonly formats: FormatRegistry,
    private readonly perRequest: PerRequestAuth,
    private readonly rateLimit: EndpointRateLimit,
    private readonly recordingUrls: RecordingUrls,
  ) {}

  /**
   * Outside any transaction: where the results go (asked of ingestion) and, as scoring.completed
   * carries run ids and compact outputs only, the transcript and the runs' whole outputs, read from
   * the services that keep them.
   */
  async resultWork(event: EventEnvelope<ScoringCompletedEvent>): Promise<ResultWork> {
    const found = await this.targets.of(event);
    if ('skip' in found) return found;
    const context = { workspaceId: event.workspaceId, requestId: event.id };
    const { jobId } = event.data.job;
    const [transcript, runs] = await Promise.all([
      this.rpc.request<TranscriptReply>(Subjects.transcription.getTranscript, context, { jobId }),
      this.rpc.request<AlgorithmRuns>(Subjects.scoring.listRuns, context, { jobId }),
    ]);
    const announced = new Set(event.data.runs.map((run) => run.runId));
    const material = { transcriptText: transcript.text, runs: runs.data.filter((run) => announced.has(run.run_id)) };
    const recordingUrl = this.recordingUrls.of(event.workspaceId, jobId, transcript.recordingKey);
    return { targets: found.targets, material, recordingUrl };
  }

  /**
   * scoring.completed → one delivery per target and event its format carries and it subscribes to, or
   * webhook.skipped when there is nowhere to deliver. A re-driven event finds the attempt's deliveries
   * made already and only announces their outcome again.
   */
  async enqueueResult(
    event: EventEnvelope<ScoringCompletedEvent>,
    manager: EntityManager,
    work: ResultWork,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const earlier = await this.resultGroupOf(manager, event.workspaceId, job);
    if (earlier.length > 0) return groupOutcome(earlier);
    if ('skip' in work) return [skippedEvent(event, job, work.skip)];
    const facts: DeliveryFacts = {
      kind: 'result',
      workspaceId: event.workspaceId,
      scoring: event.data,
      material: work.material,
      recordingUrl: work.recordingUrl,
      at: new Date(),
    };
    const owner = { jobId: job.jobId, job, runIds: event.data.runs.map((run) => run.runId) };
    const made = await this.insertFor(manager, event, owner, work.targets, facts);
    return made > 0 ? [] : [skippedEvent(event, job, 'no webhook endpoint subscribes to the events of this call')];
  }

  /**
   * The latest group of result deliveries made for this job attempt (one event's fan-out): a re-driven
   * scoring.completed must not send the results twice. Events of one attempt take turns, so the second
   * sees the first's.
   */
  private async resultGroupOf(manager: EntityManager, workspaceId: string, job: JobRef): Promise<DeliveryEntity[]> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `webhook-result:${job.jobId}:${job.attempt ?? 1}`,
    ]);
    const latest = await manager
      .createQueryBuilder(DeliveryEntity, 'delivery')
      .where('delivery.workspace_id = :workspaceId AND delivery.job_id = :jobId', { workspaceId, jobId: job.jobId })
      .andWhere("NOT (delivery.payload_type = ANY(:notices)) AND (delivery.job->>'attempt')::int = :attempt", {
        attempt: job.attempt ?? 1,
        notices: NOTICE_TYPES,
      })
      .orderBy('delivery.created_at', 'DESC')
      .getOne();
    if (!latest) return [];
    return this.groupOf(manager, latest.sourceEventId);
  }

  private groupOf(manager: EntityManager, sourceEventId: string): Promise<DeliveryEntity[]> {
    return manager
      .createQueryBuilder(DeliveryEntity, 'delivery')
      .where('delivery.source_event_id = :sourceEventId AND NOT (delivery.payload_type = ANY(:notices))', {
        sourceEventId,
        notices: NOTICE_TYPES,
      })
      .orderBy('delivery.updated_at', 'ASC')
      .getMany();
  }

  /** Deliveries for each target, of each event its format carries for these facts and it subscribes to; how many. */
  private async insertFor(
    manager: EntityManager,
    event: DeliverySource,
    owner: DeliveryOwner,
    targets: readonly DeliveryTarget[],
    facts: DeliveryFacts,
  ): Promise<number> {
    let made = 0;
    for (const target of targets)
      for (const { event: type, body } of bodiesOf(this.formats.get(target.format), facts)) {
        if (!subscribesTo(target.format, target.eventTypes, type)) continue;
        await this.insert(manager, event, owner, target, type, body);
        made += 1;
      }
    return made;
  }

  /** Outside any transaction: the endpoints as configured now, and a fresh URL for the job's recording. */
  async redeliveryWork(event: EventEnvelope<JobRetryRequestedEvent>): Promise<RedeliveryWork> {
    const found = await this.targets.of(event);
    if ('skip' in found) return found;
    const { jobId } = event.data.job;
    const context = { workspaceId: event.workspaceId, requestId: event.id };
    const recording = await this.rpc
      .request<RecordingReply>(Subjects.transcription.getRecording, context, { jobId })
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === ErrorCodes.notFound) return null;
        throw error;
      });
    return {
      targets: found.targets,
      recordingUrl: this.recordingUrls.of(event.workspaceId, jobId, recording?.key ?? null),
    };
  }

  /**
   * job.redelivery_requested → the job's latest results again, each to its target as configured now: new
   * messages (new ids), each restamped by its format with a recording URL signed now.
   */
  async enqueueRedelivery(
    event: EventEnvelope<JobRetryRequestedEvent>,
    manager: EntityManager,
    found: RedeliveryWork,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const latest = await manager.findOne(DeliveryEntity, {
      where: { workspaceId: event.workspaceId, jobId: job.jobId, payloadType: Not(In(NOTICE_TYPES)) },
      order: { createdAt: 'DESC' },
    });
    if (!latest) {
      const failed: WebhookFailedEvent = {
        job,
        deliveryId: '',
        url: '',
        attempts: 0,
        reason: 'there are no earlier results to deliver again; retry with mode rerun',
      };
      return [createEvent(EventTypes.webhookFailed, event.workspaceId, failed, event.traceparent)];
    }
    if ('skip' in found) return [skippedEvent(event, job, found.skip)];
    const now = new Date();
    let made = 0;
    for (const previous of await this.groupOf(manager, latest.sourceEventId)) {
      const target = found.targets.find((candidate) => candidate.endpointId === previous.endpointId);
      if (!target) continue;
      const owner = { jobId: job.jobId, job, runIds: previous.runIds };
      const body = this.formats.get(target.format).restamp(previous.payload, now, found.recordingUrl);
      await this.insert(manager, event, owner, target, previous.payloadType, body);
      made += 1;
    }
    return made > 0 ? [] : [skippedEvent(event, job, 'none of the endpoints the results went to is enabled now')];
  }

  /** Outside any transaction: where a failure notice goes; null when the failure was the delivery itself (no notice). */
  async failureTargets(event: EventEnvelope<JobFailedEvent>): Promise<DeliveryTargets | null> {
    return event.data.stage === 'delivering' ? null : this.targets.of(event);
  }

  /** job.failed → a failure notice to each target whose format carries job.failed. */
  async enqueueFailure(
    event: EventEnvelope<JobFailedEvent>,
    manager: EntityManager,
    found: DeliveryTargets | null,
  ): Promise<EventEnvelope[]> {
    if (!found || 'skip' in found) return [];
    const facts: DeliveryFacts = {
      kind: 'failure',
      workspaceId: event.workspaceId,
      failure: event.data,
      at: new Date(),
    };
    const { job } = event.data;
    await this.insertFor(manager, event, { jobId: job.jobId, job, runIds: [] }, found.targets, facts);
    return [];
  }

  /** Outside any transaction: the run, whole (the event carries its id only), and where it goes. */
  async runWork(event: EventEnvelope<AlgorithmRunCompletedEvent>): Promise<RunWork> {
    const found = await this.targets.ofWorkspace(event.workspaceId, event.id);
    if ('skip' in found) return found;
    const context = { workspaceId: event.workspaceId, requestId: event.id };
    const run = await this.rpc.request<AlgorithmRunView>(Subjects.scoring.getRun, context, { runId: event.data.runId });
    return { targets: found.targets, run };
  }

  /** algorithm_run.completed → a delivery per target that takes it; no job waits on these. */
  async enqueueRun(
    event: EventEnvelope<AlgorithmRunCompletedEvent>,
    manager: EntityManager,
    work: RunWork,
  ): Promise<EventEnvelope[]> {
    if ('skip' in work) return [];
    const facts: DeliveryFacts = {
      kind: 'algorithm-run',
      workspaceId: event.workspaceId,
      run: work.run,
      at: new Date(),
    };
    const owner = { jobId: event.data.jobId, job: null, runIds: [event.data.runId] };
    await this.insertFor(manager, event, owner, work.targets, facts);
    return [];
  }

  /**
   * Claims up to `limit` due deliveries under one short, renewed lease (so replicas never send one at
   * once and a crashed worker's claims are free again within seconds). Targets in `busy` are left alone,
   * and no target gets more than `room(target)` of the batch: the rest is given back at once, so one
   * slow endpoint's backlog never takes the slots that others' deliveries need. An endpoint's rate limit
   * hands back those without a send slot, due at their slot.
   */
  async claimDue(limit: number, busy: readonly string[], room: (target: string) => number): Promise<ClaimedBatch> {
    const lease = new DeliveryLease(this.dataSource, this.settings.leaseMs, this.logger);
    const claimed = await this.claim(lease, limit, busy);
    const taken = new Map<string, number>();
    const kept: DeliveryEntity[] = [];
    const extra: string[] = [];
    for (const delivery of claimed) {
      const target = targetKeyOf(delivery);
      const count = taken.get(target) ?? 0;
      if (count >= room(target)) {
        extra.push(delivery.id);
        continue;
      }
      taken.set(target, count + 1);
      kept.push(delivery);
    }
    if (extra.length > 0)
      await this.dataSource.query(
        'UPDATE webhook.deliveries SET locked_until = NULL, lease_token = NULL WHERE id = ANY($1) AND lease_token = $2',
        [extra, lease.token],
      );
    const admitted = await this.rateLimit.admit(kept, lease.token);
    lease.hold(admitted.deliveries.map((delivery) => delivery.id));
    const secrets = new Map<string, Promise<string | null>>();
    const sectionSecretOf = (workspaceId: string) => {
      const known = secrets.get(workspaceId) ?? this.targets.sectionSecret(workspaceId);
      secrets.set(workspaceId, known);
      return known;
    };
    return { lease, deliveries: admitted.deliveries, sectionSecretOf, wakeAts: admitted.postponedTo };
  }

  /** One claimed delivery's attempt, its outcome recorded; a failure to record it leaves the lease to run out. */
  async attempt(batch: ClaimedBatch, delivery: DeliveryEntity): Promise<void> {
    try {
      await this.work(delivery, batch.lease, batch.sectionSecretOf);
    } catch (error) {
      this.logger.error({ err: error }, 'delivery attempt not recorded; its lease will run out');
    }
  }

  /** Also closes the attempt a crashed worker left open, so the attempt log says what became of it. */
  private async claim(lease: DeliveryLease, limit: number, busy: readonly string[]): Promise<DeliveryEntity[]> {
    return this.dataSource.query<DeliveryEntity[]>(
      `WITH claimed AS (
         UPDATE webhook.deliveries SET locked_until = ${lease.until}, lease_token = $2, updated_at = now()
          WHERE id IN (SELECT id FROM webhook.deliveries
                        WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                          AND coalesce(endpoint_id, url) <> ALL($4::text[])
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, workspace_id AS "workspaceId", job_id AS "jobId", job, url, payload, attempts,
                    payload_type AS "payloadType", source_event_id AS "sourceEventId", endpoint_id AS "endpointId",
                    trigger, run_ids AS "runIds"
       ), abandoned AS (
         UPDATE webhook.delivery_attempts SET error = $3
          WHERE delivery_id IN (SELECT id FROM claimed) AND duration_ms IS NULL AND error IS NULL
       )
       SELECT * FROM claimed`,
      [limit, lease.token, ABANDONED_ATTEMPT, [...busy]],
    );
  }

  private async work(
    delivery: DeliveryEntity,
    lease: DeliveryLease,
    sectionSecretOf: (workspaceId: string) => Promise<string | null>,
  ): Promise<void> {
    try {
      let how: { url: string; signing: Signing } | { refusal: AttemptOutcome };
      try {
        how = await this.howToSend(delivery, sectionSecretOf);
      } catch (error) {
        return await this.defer(delivery, lease, error);
      }
      if (delivery.trigger === 'scheduled' && delivery.attempts >= this.maxAttempts)
        return await this.settle(delivery, lease, null, LAST_ATTEMPT_LOST);
      const attempt = await this.start(delivery, lease);
      if (!attempt) return;
      const outcome =
        'refusal' in how
          ? how.refusal
          : await this.sender.send({ ...delivery, url: how.url }, how.signing, attempt.startedAt);
      await this.settle({ ...delivery, attempts: attempt.number }, lease, attempt, outcome);
    } finally {
      lease.letGo(delivery.id);
    }
  }

  /**
   * Where and how this attempt goes: the config section's endpoint with its secret (asked of ingestion;
   * a failure to ask is ours and defers), or an endpoint as it is now, with its secrets and headers.
   */
  private async howToSend(
    delivery: DeliveryEntity,
    sectionSecretOf: (workspaceId: string) => Promise<string | null>,
  ): Promise<{ url: string; signing: Signing } | { refusal: AttemptOutcome }> {
    if (!delivery.endpointId) {
      const secret = await sectionSecretOf(delivery.workspaceId);
      const own = this.perRequest.headersFor(delivery);
      if ('refusal' in own) return { refusal: failure(own.refusal) };
      return secret ? { url: delivery.url, signing: { ...plainSigning(secret), ...own } } : { refusal: NO_SECRET };
    }
    const sending = await this.endpoints.sending(delivery.workspaceId, delivery.endpointId);
    if ('refusal' in sending) return { refusal: failure(sending.refusal) };
    const format = this.formats.get(sending.format);
    return {
      url: sending.url,
      signing: {
        secrets: sending.secrets,
        headers: sending.headers,
        formatHeaders: (body) => format.signatureHeaders(body, sending.secrets[0], delivery.id, new Date()),
        timeoutSeconds: format.timeoutSeconds,
      },
    };
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
      const attempt = { id: newId('att'), number: rows[0].attempts, startedAt: new Date(), trigger: delivery.trigger };
      await manager.insert(DeliveryAttemptEntity, {
        id: attempt.id,
        deliveryId: delivery.id,
        attempt: attempt.number,
        startedAt: attempt.startedAt,
        trigger: attempt.trigger,
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
    // A manual attempt is one more try of a message whose schedule had ended; it starts no new schedule.
    const manual = delivery.trigger === 'manual';
    const delay =
      outcome.retryable && !manual
        ? nextAttemptDelayMs(this.settings.retryScheduleSeconds, delivery.attempts, outcome.retryAfterMs)
        : null;
    const status = outcome.delivered ? 'delivered' : delay === null ? 'failed' : 'pending';
    const nextAttemptAt = status === 'pending' && delay !== null ? new Date(Date.now() + delay) : null;
    const written = await this.dataSource.transaction(async (manager) => {
      // A manual attempt leaves the job as it is: the job's outcome was settled by its scheduled attempts.
      const isResult = !NOTICE_TYPES.includes(delivery.payloadType) && !manual;
      // Deliveries of one fan-out settle one at a time, so the last to settle sees every other's outcome.
      if (isResult)
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `webhook-group:${delivery.sourceEventId}`,
        ]);
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
          trigger: 'scheduled',
          lockedUntil: null,
          leaseToken: null,
          nextAttemptAt,
          lastResponseStatus: outcome.status,
          lastError: outcome.error,
          updatedAt: new Date(),
        },
      );
      if (!affected) return false;
      if (delivery.endpointId) await this.keepEndpointHealth(manager, delivery, outcome);
      if (!isResult) return true;
      await this.outbox.add(manager, [
        ...this.attemptFailedEvents(delivery, outcome, nextAttemptAt),
        ...(status === 'pending' ? [] : groupOutcome(await this.groupOf(manager, delivery.sourceEventId))),
      ]);
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

  /**
   * An endpoint's success clears its failing streak; a failure starts or extends it. One that answered 410
   * Gone, or has had no success for five days, is disabled with the reason, and the workspace's other
   * endpoints that take `endpoint.disabled` are told.
   */
  private async keepEndpointHealth(
    manager: EntityManager,
    delivery: DeliveryEntity,
    outcome: AttemptOutcome,
  ): Promise<void> {
    const endpointId = delivery.endpointId!;
    const health = await this.endpoints.recordOutcome(manager, delivery.workspaceId, endpointId, outcome.delivered);
    if (!health?.enabled || outcome.delivered) return;
    const now = new Date();
    const reason =
      outcome.status === 410
        ? `the endpoint answered 410 Gone on ${now.toISOString()}`
        : health.failingSince && now.getTime() - health.failingSince.getTime() >= DISABLE_AFTER_FAILING_MS
          ? `no delivery has succeeded since ${health.failingSince.toISOString()} (5 days)`
          : null;
    if (!reason) return;
    await this.endpoints.disable(delivery.workspaceId, endpointId, reason, manager);
    const others = (await this.endpoints.enabledOf(delivery.workspaceId, manager)).map(endpointTarget);
    const facts: DeliveryFacts = {
      kind: 'endpoint-disabled',
      workspaceId: delivery.workspaceId,
      endpointId,
      url: health.url,
      reason,
      at: now,
    };
    const owner = { jobId: delivery.jobId, job: delivery.job, runIds: [] };
    await this.insertFor(manager, { workspaceId: delivery.workspaceId, id: newId('evt') }, owner, others, facts);
  }

  /** A result delivery that will be tried again says why, so the job shows its last error while retries go on. */
  private attemptFailedEvents(
    delivery: DeliveryEntity,
    outcome: AttemptOutcome,
    nextAttemptAt: Date | null,
  ): EventEnvelope[] {
    if (outcome.delivered || !nextAttemptAt) return [];
    const data: WebhookAttemptFailedEvent = {
      job: delivery.job!,
      deliveryId: delivery.id,
      url: delivery.url,
      attempt: delivery.attempts,
      maxAttempts: this.settings.retryScheduleSeconds.length + 1,
      reason: outcome.error ?? 'failed',
      responseStatus: outcome.status,
      nextAttemptAt: nextAttemptAt.toISOString(),
    };
    return [createEvent(EventTypes.webhookAttemptFailed, delivery.workspaceId, data)];
  }

  private async insert(
    manager: EntityManager,
    event: DeliverySource,
    owner: DeliveryOwner,
    target: DeliveryTarget,
    payloadType: WebhookEventType,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const now = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(DeliveryEntity)
      .values({
        id: newId('dlv'),
        workspaceId: event.workspaceId,
        jobId: owner.jobId,
        job: owner.job,
        runIds: [...owner.runIds],
        trigger: 'scheduled',
        sourceEventId: event.id,
        endpointId: target.endpointId,
        payloadType,
        url: target.url,
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

const skippedEvent = (event: EventEnvelope, job: JobRef, reason: string): EventEnvelope => {
  const skipped: WebhookSkippedEvent = { job, reason };
  return createEvent(EventTypes.webhookSkipped, event.workspaceId, skipped, event.traceparent);
};

/**
 * What a job learns from one event's deliveries, once all have settled: delivered when every one was,
 * failed (naming each that failed) otherwise; nothing while any is still being tried.
 */
function groupOutcome(group: readonly DeliveryEntity[]): EventEnvelope[] {
  if (group.length === 0 || group.some((delivery) => delivery.status === 'pending')) return [];
  const last = group[group.length - 1];
  const { workspaceId } = last;
  const job = last.job!;
  const failed = group.filter((delivery) => delivery.status === 'failed');
  if (failed.length === 0) {
    const data: WebhookDeliveredEvent = {
      job,
      deliveryId: last.id,
      url: last.url,
      attempts: last.attempts,
      responseStatus: last.lastResponseStatus ?? 0,
    };
    return [createEvent(EventTypes.webhookDelivered, workspaceId, data)];
  }
  const first = failed[0];
  const reason =
    group.length === 1
      ? (first.lastError ?? 'failed')
      : `${failed.length} of ${group.length} deliveries failed: ${failed.map((delivery) => `${delivery.url}: ${delivery.lastError ?? 'failed'}`).join('; ')}`;
  const data: WebhookFailedEvent = { job, deliveryId: first.id, url: first.url, attempts: first.attempts, reason };
  return [createEvent(EventTypes.webhookFailed, workspaceId, data)];
}
