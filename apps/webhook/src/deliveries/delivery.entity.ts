import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { JobRef, WebhookEventType } from '@callsight/contracts';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** What starts an attempt: the retry schedule, or someone asking for the message again (redeliver, recover). */
export type AttemptTrigger = 'scheduled' | 'manual';

/** One message to one endpoint; its id is the `webhook-id` the receiver sees on every attempt. */
@Entity({ name: 'deliveries' })
export class DeliveryEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  /**
   * The job as the event that caused this delivery described it; carried into webhook.delivered/failed.
   * Null for a delivery that does not report on the job's progress (an on-demand algorithm run).
   */
  @Column('jsonb', { nullable: true })
  job: JobRef | null;

  @Column('text', { name: 'source_event_id' })
  sourceEventId: string;

  /** The endpoint it goes to; null: the config section's (or a submission's own `webhook_url`). */
  @Column('text', { name: 'endpoint_id', nullable: true })
  endpointId: string | null;

  /** The event it carries (job.completed, call.completed, …). */
  @Column('text', { name: 'payload_type' })
  payloadType: WebhookEventType;

  @Column('text')
  url: string;

  /** json, not jsonb: the body is sent with its keys in the order they were written. */
  @Column('json')
  payload: Record<string, unknown>;

  @Column('text')
  status: DeliveryStatus;

  /** The trigger of the next attempt; a manual one is a single attempt, after which the schedule stays spent. */
  @Column('text', { default: 'scheduled' })
  trigger: AttemptTrigger;

  /** The algorithm runs whose results this delivery carries, so asking to redeliver a run finds it. */
  @Column('text', { name: 'run_ids', array: true, default: () => "'{}'" })
  runIds: string[];

  @Column('integer')
  attempts: number;

  @Column('timestamptz', { name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Column('timestamptz', { name: 'locked_until', nullable: true })
  lockedUntil: Date | null;

  /** Which claim holds the lease until `locked_until`; a worker only writes a delivery while it holds it. */
  @Column('text', { name: 'lease_token', nullable: true })
  leaseToken: string | null;

  /** Passes put off because a service it needs was unavailable (the backoff grows with it); never attempts. */
  @Column('integer', { default: 0 })
  deferrals: number;

  @Column('integer', { name: 'last_response_status', nullable: true })
  lastResponseStatus: number | null;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

@Entity({ name: 'delivery_attempts' })
export class DeliveryAttemptEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'delivery_id' })
  deliveryId: string;

  @Column('integer')
  attempt: number;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('text', { default: 'scheduled' })
  trigger: AttemptTrigger;

  /** Null while the attempt is in flight, and for one whose worker stopped before it settled. */
  @Column('integer', { name: 'duration_ms', nullable: true })
  durationMs: number | null;

  @Column('integer', { name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column('text', { name: 'response_excerpt', nullable: true })
  responseExcerpt: string | null;

  @Column('text', { nullable: true })
  error: string | null;
}
