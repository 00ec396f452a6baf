import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@callsight/contracts';
import { ConsumerSpec, DEFAULT_CONSUMER, Delivery, EVENT_BUS, EventBus, EventSubscription } from '../events';
import { Outbox } from './outbox';

/** Applies one event inside a transaction and returns the events it causes (written to the outbox in the same transaction). */
export type TransactionalHandler = (event: EventEnvelope, manager: EntityManager, delivery: Delivery) => Promise<EventEnvelope[] | void>;

export type ConsumerOptions = Pick<ConsumerSpec, 'durable' | 'type'> &
  Partial<ConsumerSpec> & {
    /** Runs after a transaction that applied an event commits (e.g. to wake a worker that reads what it wrote). */
    afterCommit?: () => void;
  };

/**
 * Runs a service's event handlers exactly once in effect: the event id is recorded in
 * `processed_events` in the same transaction as the handler's writes and the events it emits,
 * so a redelivered event finds its id taken and changes nothing.
 */
@Injectable()
export class EventConsumers implements OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumers.name);
  private readonly subscriptions: EventSubscription[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    private readonly outbox: Outbox,
  ) {}

  async consume(options: ConsumerOptions, handler: TransactionalHandler, onDeadLetter?: TransactionalHandler): Promise<void> {
    const spec: ConsumerSpec = { ...DEFAULT_CONSUMER, ...options };
    const subscription = await this.bus.subscribe(
      spec,
      async (event, delivery) => {
        if (await this.applyOnce(spec.durable, event, delivery, handler)) options.afterCommit?.();
      },
      onDeadLetter
        ? async (event) => {
            await this.applyOnce(`${spec.durable}:dead-letter`, event, { attempt: 1, isLastAttempt: true }, onDeadLetter);
          }
        : undefined,
    );
    this.subscriptions.push(subscription);
  }

  /** Resolves to false when the event had already been applied by this consumer. */
  async applyOnce(consumer: string, event: EventEnvelope, delivery: Delivery, handler: TransactionalHandler): Promise<boolean> {
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
    this.logger.log({ consumer, eventId: event.id, type: event.type, workspaceId: event.workspaceId, jobId, traceparent: event.traceparent, attempt: delivery.attempt, duplicate: !applied }, 'event handled');
    return applied;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.subscriptions.map((subscription) => subscription.stop()));
  }
}
