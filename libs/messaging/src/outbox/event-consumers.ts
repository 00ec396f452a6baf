import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@callsight/contracts';
import {
  ConsumerSpec,
  DeadLetterHandler,
  DEFAULT_CONSUMER,
  Delivery,
  EVENT_BUS,
  EventBus,
  EventSubscription,
} from '../events';
import { Outbox } from './outbox';
import { EventFailures } from './event-failures';

/** Applies one event inside a transaction and returns the events it causes (written to the outbox in the same transaction). */
export type TransactionalHandler = (
  event: EventEnvelope,
  manager: EntityManager,
  delivery: Delivery,
) => Promise<EventEnvelope[] | void>;

/** Records, in a transaction, that an event will not be handled (its retries are used up); gets the last error. */
export type DeadLetterRecorder = (
  event: EventEnvelope,
  manager: EntityManager,
  error: unknown,
) => Promise<EventEnvelope[] | void>;

export type ConsumerOptions = Pick<ConsumerSpec, 'durable' | 'type'> &
  Partial<ConsumerSpec> & {
    /** Runs after a transaction that applied an event commits (e.g. to wake a worker that reads what it wrote). */
    afterCommit?: () => void;
  };

/**
 * Runs a service's event handlers exactly once in effect: the event id is recorded in
 * `processed_events` in the same transaction as the handler's writes and the events it emits,
 * so a redelivered event finds its id taken and changes nothing. Real failures are counted in
 * `event_failures`, so outages and restarts do not spend an event's retries.
 */
@Injectable()
export class EventConsumers implements OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumers.name);
  private readonly subscriptions: EventSubscription[] = [];
  private readonly failures: EventFailures;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly outbox: Outbox,
  ) {
    this.failures = new EventFailures(dataSource);
  }

  async consume(
    options: ConsumerOptions,
    handler: TransactionalHandler,
    onDeadLetter?: DeadLetterRecorder,
  ): Promise<void> {
    const spec: ConsumerSpec = { ...DEFAULT_CONSUMER, ...options };
    const subscription = await this.bus.subscribe(
      spec,
      async (event, delivery) => {
        if (await this.applyOnce(spec.durable, event, delivery, handler)) options.afterCommit?.();
      },
      this.deadLetters(spec, onDeadLetter),
      this.failures,
    );
    this.subscriptions.push(subscription);
  }

  /**
   * For slow handlers (downloads, speech-to-text): `work` runs outside any transaction, so no
   * connection is held while it does; its result is then applied once, as `consume` applies events.
   * An event already applied is not worked on again.
   */
  async consumeWithWork<T>(
    options: ConsumerOptions,
    work: (event: EventEnvelope, delivery: Delivery) => Promise<T>,
    apply: (event: EventEnvelope, manager: EntityManager, result: T) => Promise<EventEnvelope[] | void>,
    onDeadLetter?: DeadLetterRecorder,
  ): Promise<void> {
    const spec: ConsumerSpec = { ...DEFAULT_CONSUMER, ...options };
    const subscription = await this.bus.subscribe(
      spec,
      async (event, delivery) => {
        if (await this.alreadyApplied(spec.durable, event.id)) return;
        const result = await work(event, delivery);
        if (
          await this.applyOnce(spec.durable, event, delivery, (incoming, manager) => apply(incoming, manager, result))
        )
          options.afterCommit?.();
      },
      this.deadLetters(spec, onDeadLetter),
      this.failures,
    );
    this.subscriptions.push(subscription);
  }

  private deadLetters(spec: ConsumerSpec, record?: DeadLetterRecorder): DeadLetterHandler | undefined {
    if (!record) return undefined;
    return async (event, error) => {
      await this.applyOnce(
        `${spec.durable}:dead-letter`,
        event,
        { attempt: 1, isLastAttempt: true },
        (incoming, manager) => record(incoming, manager, error),
      );
    };
  }

  private async alreadyApplied(consumer: string, eventId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM processed_events WHERE consumer = $1 AND event_id = $2',
      [consumer, eventId],
    );
    return rows.length > 0;
  }

  /** Resolves to false when the event had already been applied by this consumer. */
  async applyOnce(
    consumer: string,
    event: EventEnvelope,
    delivery: Delivery,
    handler: TransactionalHandler,
  ): Promise<boolean> {
    const applied = await this.dataSource.transaction(async (manager) => {
      // search_path is the service's schema, so this is the service's own processed_events table.
      const claimed: unknown[] = await manager.query(
        'INSERT INTO processed_events (consumer, event_id, processed_at) VALUES ($1, $2, now()) ON CONFLICT DO NOTHING RETURNING event_id',
        [consumer, event.id],
      );
      if (claimed.length === 0) return false;
      const emitted = (await handler(event, manager, delivery)) ?? [];
      await this.outbox.add(manager, emitted);
      return true;
    });
    if (applied) this.outbox.nudge();
    const jobId = (event.data as { job?: { jobId?: string } } | null)?.job?.jobId;
    this.logger.log(
      {
        consumer,
        eventId: event.id,
        type: event.type,
        workspaceId: event.workspaceId,
        jobId,
        traceparent: event.traceparent,
        attempt: delivery.attempt,
        duplicate: !applied,
      },
      'event handled',
    );
    return applied;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.subscriptions.map((subscription) => subscription.stop()));
  }
}
