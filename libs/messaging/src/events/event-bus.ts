import type { EventEnvelope, EventType } from '@callsight/contracts';

/** How one durable consumer receives events: its name, the event type it takes, and how it retries. */
export interface ConsumerSpec {
  /** Unique per service and purpose; survives restarts (JetStream durable name). */
  durable: string;
  type: EventType;
  /**
   * How many deliveries may fail for real before the message is given up (dead-lettered). Deliveries that
   * fail because something of ours is briefly unavailable do not count: they are retried until it is back.
   */
  maxDeliver: number;
  /** Delay before each redelivery after a real failure; the last value repeats. */
  backoffMs: number[];
  /** Delay before a redelivery after an internal outage: doubles from the first value up to the second. */
  outageBackoffMs?: [number, number];
  /** Messages handled at once by this process. */
  concurrency: number;
}

export interface Delivery {
  /** Which delivery of the message this is, counting those an outage spoilt. */
  attempt: number;
  /** A real failure of this delivery gives the message up. */
  isLastAttempt: boolean;
}

/** Resolve to acknowledge; throw to have the message redelivered later (or `PermanentEventError` to stop at once). */
export type EventHandler = (event: EventEnvelope, delivery: Delivery) => Promise<void>;

/** Called when a message will not be delivered again, so the owner can record the failure. */
export type DeadLetterHandler = (event: EventEnvelope, error: unknown) => Promise<void>;

/**
 * Where a consumer keeps count of each event's real failures, so neither outages nor restarts spend its
 * retries. EventConsumers keeps it in the service's PostgreSQL schema; a bus used on its own keeps it in memory.
 */
export interface FailureLedger {
  /** Real failures recorded so far for the event, and the last one's error. */
  read(durable: string, eventId: string): Promise<RecordedFailures>;
  /** Adds the real failure of one delivery (with its error message); resolves to how many there have been. */
  record(durable: string, eventId: string, error: string): Promise<number>;
  /** Forgets the event once it is settled (applied or given up). */
  forget(durable: string, eventId: string): Promise<void>;
}

export interface RecordedFailures {
  failures: number;
  lastError: string | null;
}

export interface EventSubscription {
  stop(): Promise<void>;
}

/** The durable event bus contract, met by JetStream and by the in-process bus of the embedded default. */
export interface EventBus {
  /** Publishes once per `event.id`: a second publish of the same id within the dedup window is dropped. */
  publish(event: EventEnvelope): Promise<void>;
  subscribe(
    spec: ConsumerSpec,
    handler: EventHandler,
    onDeadLetter?: DeadLetterHandler,
    ledger?: FailureLedger,
  ): Promise<EventSubscription>;
  /** Round trip to the broker, for health checks; resolves to the latency in ms. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');

/** A failure that redelivery cannot fix (malformed event, unknown workspace); the message is terminated. */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
}

const DEFAULT_OUTAGE_BACKOFF_MS: [number, number] = [1_000, 30_000];

export const DEFAULT_CONSUMER: Omit<ConsumerSpec, 'durable' | 'type'> = {
  maxDeliver: 8,
  backoffMs: [1_000, 5_000, 15_000, 60_000, 300_000],
  outageBackoffMs: DEFAULT_OUTAGE_BACKOFF_MS,
  concurrency: 4,
};

/** The delay after the given number of real failures. */
export const backoffFor = (spec: ConsumerSpec, failures: number): number =>
  spec.backoffMs[Math.min(failures - 1, spec.backoffMs.length - 1)] ?? 1_000;

/** The delay after an outage spoilt the given delivery. */
export const outageBackoffFor = (spec: ConsumerSpec, attempt: number): number => {
  const [first, max] = spec.outageBackoffMs ?? DEFAULT_OUTAGE_BACKOFF_MS;
  return Math.min(max, first * 2 ** Math.min(attempt - 1, 30));
};
