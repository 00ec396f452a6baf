import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@callsight/contracts';
import { ConsumerSpec, DEFAULT_CONSUMER, Delivery, EVENT_BUS, EventBus, EventSubscription } from '../events';
import { ProcessedEvent } from './messaging-tables';
import { Outbox } from './outbox';

/** Applies one event inside a transaction and returns the events it causes (written to the outbox in the same transaction). */
export type TransactionalHandler = (event: EventEnvelope, manager: EntityManager, delivery: Delivery) => Promise<EventEnvelope[] | void>;

export type ConsumerOptions = Pick<ConsumerSpec, 'durable' | 'type'> & Partial<ConsumerSpec>;

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
        await this.applyOnce(spec.durable, event, delivery, handler);
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
      const claimed = await manager
        .createQueryBuilder()
        .insert()
        .into(ProcessedEvent)
        .values({ consumer, eventId: event.id, processedAt: new Date() })
        .orIgnore()
        .returning(['event_id'])
        .execute();
      if (claimed.raw.length === 0) return false;
      const emitted = (await handler(event, manager, delivery)) ?? [];
      await this.outbox.add(manager, emitted);
      return true;
    });
    if (applied) this.outbox.nudge();
    else this.logger.debug({ consumer, eventId: event.id }, 'duplicate event ignored');
    return applied;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.subscriptions.map((subscription) => subscription.stop()));
  }
}
