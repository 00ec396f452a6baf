import { Logger } from '@nestjs/common';
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  headers as natsHeaders,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
  JSONCodec,
  NatsConnection,
  nanos,
  RetentionPolicy,
  StorageType,
  Subscription,
} from 'nats';
import { EVENT_SUBJECT_PREFIX, EVENTS_STREAM, EventEnvelope } from '@callsight/contracts';
import {
  ConsumerSpec,
  DeadLetterHandler,
  EventBus,
  EventHandler,
  EventSubscription,
  FailureLedger,
  MemoryFailureLedger,
  RetryBudget,
  Settlement,
} from '../events';

const codec = JSONCodec<EventEnvelope>();
const advisoryCodec = JSONCodec<MaxDeliveriesAdvisory>();

/** What JetStream publishes when a consumer has delivered a message max_deliver times without an ack. */
interface MaxDeliveriesAdvisory {
  stream: string;
  consumer: string;
  stream_seq: number;
  deliveries: number;
}

/**
 * Our retry budget counts real failures only, so JetStream's own ceiling is far above it: it stops only an
 * event that crashes its process (never settled) or meets an outage on every delivery, which the budget never
 * counts, and the max-deliveries advisory then dead-letters it.
 */
const DEFAULT_MAX_DELIVERIES = 1_000;

export interface JetStreamOptions {
  servers: string;
  name: string;
  stream?: string;
  subjectPrefix?: string;
  /** How long the stream keeps events; consumers that fall further behind lose them. */
  maxAgeMs?: number;
  duplicateWindowMs?: number;
  ackWaitMs?: number;
  /** JetStream's max_deliver on every durable. */
  maxDeliveries?: number;
}

/** Durable events on NATS JetStream: one stream, one durable explicit-ack pull consumer per service and event type. */
export class JetStreamEventBus implements EventBus {
  private readonly logger = new Logger(JetStreamEventBus.name);
  private readonly subscriptions = new Set<EventSubscription>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly stream: string,
    private readonly subjectPrefix: string,
    private readonly ackWaitMs: number,
    private readonly maxDeliveries: number,
  ) {}

  static async connect(options: JetStreamOptions): Promise<JetStreamEventBus> {
    const nc = await connect({ servers: options.servers.split(','), name: options.name, maxReconnectAttempts: -1 });
    const jsm = await nc.jetstreamManager();
    const stream = options.stream ?? EVENTS_STREAM;
    const subjectPrefix = options.subjectPrefix ?? EVENT_SUBJECT_PREFIX;
    await ensureStream(
      jsm,
      stream,
      `${subjectPrefix}>`,
      options.maxAgeMs ?? 7 * 24 * 3600_000,
      options.duplicateWindowMs ?? 120_000,
    );
    return new JetStreamEventBus(
      nc,
      nc.jetstream(),
      jsm,
      stream,
      subjectPrefix,
      options.ackWaitMs ?? 30_000,
      options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES,
    );
  }

  async publish(event: EventEnvelope): Promise<void> {
    const h = natsHeaders();
    if (event.traceparent) h.set('traceparent', event.traceparent);
    h.set('Callsight-Workspace', event.workspaceId);
    await this.js.publish(`${this.subjectPrefix}${event.type}`, codec.encode(event), { msgID: event.id, headers: h });
  }

  async subscribe(
    spec: ConsumerSpec,
    handler: EventHandler,
    onDeadLetter?: DeadLetterHandler,
    ledger: FailureLedger = new MemoryFailureLedger(),
  ): Promise<EventSubscription> {
    const budget = new RetryBudget(spec, ledger, onDeadLetter);
    await ensureConsumer(this.jsm, this.stream, spec, `${this.subjectPrefix}${spec.type}`, {
      ackWaitMs: this.ackWaitMs,
      maxDeliveries: this.maxDeliveries,
    });
    const consumer = await this.js.consumers.get(this.stream, spec.durable);
    const messages = await consumer.consume({ max_messages: spec.concurrency });
    const advisories = this.watchGivenUp(spec, budget);
    const inFlight = new Set<Promise<void>>();
    const loop = (async () => {
      for await (const message of messages) {
        const task = this.handle(message, spec, handler, budget).finally(() => inFlight.delete(task));
        inFlight.add(task);
        if (inFlight.size >= spec.concurrency) await Promise.race(inFlight);
      }
    })();
    const subscription: EventSubscription = {
      stop: async () => {
        this.subscriptions.delete(subscription);
        advisories.unsubscribe();
        messages.stop();
        await loop.catch(() => undefined);
        await Promise.allSettled(inFlight);
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async ping(): Promise<number> {
    return this.nc.rtt();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.nc.drain().catch(() => undefined);
  }

  private async handle(message: JsMsg, spec: ConsumerSpec, handler: EventHandler, budget: RetryBudget): Promise<void> {
    let event: EventEnvelope;
    try {
      event = codec.decode(message.data);
    } catch (error) {
      this.logger.error({ err: error, durable: spec.durable, seq: message.seq }, 'undecodable event terminated');
      message.term();
      return;
    }
    // Long handlers tell the server they are alive so the message is not redelivered under them.
    const heartbeat = setInterval(() => message.working(), Math.max(1_000, this.ackWaitMs / 3));
    try {
      settle(message, await budget.deliver(event, message.info.deliveryCount, handler));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * JetStream drops a message at max_deliver without telling the handler (an event that crashed its process
   * each time, or a durable an older replica provisioned with a lower ceiling); only this advisory says so,
   * and the event is dead-lettered from it. A queue group, so one replica reports each.
   */
  private watchGivenUp(spec: ConsumerSpec, budget: RetryBudget): Subscription {
    const subject = `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${this.stream}.${spec.durable}`;
    return this.nc.subscribe(subject, {
      queue: spec.durable,
      callback: (error, message) => {
        if (error) return;
        void this.reportGivenUp(message.data, budget).catch((reportError: unknown) =>
          this.logger.error({ err: reportError, durable: spec.durable }, 'could not report a given-up message'),
        );
      },
    });
  }

  private async reportGivenUp(data: Uint8Array, budget: RetryBudget): Promise<void> {
    const advisory = advisoryCodec.decode(data);
    const { stream, consumer, stream_seq: streamSeq, deliveries } = advisory;
    this.logger.error({ stream, consumer, streamSeq, deliveries }, 'JetStream gave up a message after max deliveries');
    const stored = await this.jsm.streams.getMessage(stream, { seq: streamSeq });
    const error = new Error(`JetStream stopped delivering it after ${deliveries} deliveries`);
    const settlement = await budget.giveUp(codec.decode(stored.data), deliveries, error);
    if (settlement !== 'given-up')
      this.logger.error({ stream, consumer, streamSeq }, 'the given-up message was not dead-lettered');
  }
}

function settle(message: JsMsg, settlement: Settlement): void {
  if (settlement === 'applied') message.ack();
  else if (settlement === 'given-up') message.term();
  else message.nak(settlement.retryInMs);
}

async function ensureStream(
  jsm: JetStreamManager,
  name: string,
  subjects: string,
  maxAgeMs: number,
  duplicateWindowMs: number,
): Promise<void> {
  const config = {
    name,
    subjects: [subjects],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: nanos(maxAgeMs),
    duplicate_window: nanos(duplicateWindowMs),
  };
  const existing = await jsm.streams.info(name).catch(() => null);
  if (!existing) {
    await jsm.streams.add(config).catch(async (error: unknown) => {
      // Another replica created it between our look-up and our add.
      if (!(await jsm.streams.info(name).catch(() => null))) throw error;
    });
    return;
  }
  await jsm.streams.update(name, {
    subjects: config.subjects,
    max_age: config.max_age,
    duplicate_window: config.duplicate_window,
  });
}

async function ensureConsumer(
  jsm: JetStreamManager,
  stream: string,
  spec: ConsumerSpec,
  subject: string,
  limits: { ackWaitMs: number; maxDeliveries: number },
): Promise<void> {
  const config = {
    durable_name: spec.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: subject,
    max_deliver: limits.maxDeliveries,
    ack_wait: nanos(limits.ackWaitMs),
    max_ack_pending: Math.max(spec.concurrency * 8, 64),
  };
  const existing = await jsm.consumers.info(stream, spec.durable).catch(() => null);
  if (!existing) {
    await jsm.consumers.add(stream, config).catch(async (error: unknown) => {
      if (!(await jsm.consumers.info(stream, spec.durable).catch(() => null))) throw error;
    });
    return;
  }
  await jsm.consumers.update(stream, spec.durable, {
    max_deliver: config.max_deliver,
    ack_wait: config.ack_wait,
    max_ack_pending: config.max_ack_pending,
  });
}
