import type { EventEnvelope } from '@callsight/contracts';
import {
  ConsumerSpec,
  DeadLetterHandler,
  EventBus,
  EventHandler,
  EventSubscription,
  FailureLedger,
  MemoryFailureLedger,
  RetryBudget,
} from '../events';

interface Pending {
  event: EventEnvelope;
  attempt: number;
}

interface Consumer {
  spec: ConsumerSpec;
  handler: EventHandler | null;
  budget: RetryBudget;
  queue: Pending[];
  inFlight: number;
  timers: Set<NodeJS.Timeout>;
  active: Set<Promise<void>>;
}

export interface InProcessBusOptions {
  duplicateWindowMs?: number;
  /** Events kept for durable consumers that subscribe after they were published (like a stream's retention). */
  retain?: number;
}

/**
 * The embedded default's event bus: the JetStream contract (durable named consumers that get every
 * retained event, explicit ack, redelivery with backoff within a retry budget, dedup by event id) inside one
 * process. It keeps nothing across restarts; the transactional outbox is what makes a published
 * event survive a crash before it is handed over.
 */
export class InProcessEventBus implements EventBus {
  private readonly consumers = new Map<string, Consumer>();
  private readonly recentIds = new Map<string, number>();
  private readonly log: EventEnvelope[] = [];
  private closed = false;

  constructor(private readonly options: InProcessBusOptions = {}) {}

  publish(event: EventEnvelope): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The in-process bus is closed'));
    if (this.isDuplicate(event.id)) return Promise.resolve();
    this.log.push(structuredClone(event));
    if (this.log.length > (this.options.retain ?? 10_000)) this.log.shift();
    for (const consumer of this.consumers.values()) {
      if (consumer.spec.type !== event.type) continue;
      consumer.queue.push({ event: structuredClone(event), attempt: 1 });
      this.pump(consumer);
    }
    return Promise.resolve();
  }

  subscribe(
    spec: ConsumerSpec,
    handler: EventHandler,
    onDeadLetter?: DeadLetterHandler,
    ledger: FailureLedger = new MemoryFailureLedger(),
  ): Promise<EventSubscription> {
    const budget = new RetryBudget(spec, ledger, onDeadLetter);
    let consumer = this.consumers.get(spec.durable);
    if (!consumer) {
      const backlog = this.log
        .filter((event) => event.type === spec.type)
        .map((event) => ({ event: structuredClone(event), attempt: 1 }));
      consumer = { spec, handler: null, budget, queue: backlog, inFlight: 0, timers: new Set(), active: new Set() };
      this.consumers.set(spec.durable, consumer);
    }
    if (consumer.handler)
      return Promise.reject(new Error(`Consumer ${spec.durable} already has a subscriber in this process`));
    Object.assign(consumer, { spec, handler, budget });
    this.pump(consumer);
    const subscribed = consumer;
    return Promise.resolve({ stop: () => this.stop(subscribed) });
  }

  ping(): Promise<number> {
    return Promise.resolve(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.consumers.values()].map((consumer) => this.stop(consumer)));
  }

  private async stop(consumer: Consumer): Promise<void> {
    consumer.handler = null;
    for (const timer of consumer.timers) clearTimeout(timer);
    consumer.timers.clear();
    await Promise.allSettled(consumer.active);
  }

  private isDuplicate(id: string): boolean {
    const now = Date.now();
    const window = this.options.duplicateWindowMs ?? 120_000;
    for (const [seen, at] of this.recentIds) {
      if (now - at <= window) break;
      this.recentIds.delete(seen);
    }
    if (this.recentIds.has(id)) return true;
    this.recentIds.set(id, now);
    return false;
  }

  private pump(consumer: Consumer): void {
    while (consumer.handler && consumer.inFlight < consumer.spec.concurrency && consumer.queue.length > 0) {
      const pending = consumer.queue.shift() as Pending;
      consumer.inFlight += 1;
      const task = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.deliver(consumer, pending))
        .finally(() => {
          consumer.inFlight -= 1;
          consumer.active.delete(task);
          this.pump(consumer);
        });
      consumer.active.add(task);
    }
  }

  private async deliver(consumer: Consumer, pending: Pending): Promise<void> {
    const handler = consumer.handler;
    if (!handler) {
      consumer.queue.unshift(pending);
      return;
    }
    const settlement = await consumer.budget.deliver(pending.event, pending.attempt, handler);
    if (typeof settlement === 'object') this.redeliverLater(consumer, pending, settlement.retryInMs);
  }

  private redeliverLater(consumer: Consumer, pending: Pending, delayMs: number): void {
    const timer = setTimeout(() => {
      consumer.timers.delete(timer);
      consumer.queue.push({ event: pending.event, attempt: pending.attempt + 1 });
      this.pump(consumer);
    }, delayMs);
    consumer.timers.add(timer);
  }
}
