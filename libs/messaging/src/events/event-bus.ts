import type { EventEnvelope, EventType } from '@callsight/contracts';

/** How one durable consumer receives events: its name, the event type it takes, and how it retries. */
export interface ConsumerSpec {
  /** Unique per service and purpose; survives restarts (JetStream durable name). */
  durable: string;
  type: EventType;
  /** How many times a message is handed over before it is given up (dead-lettered). */
  maxDeliver: number;
  /** Delay before each redelivery after a failure; the last value repeats. */
  backoffMs: number[];
  /** Messages handled at once by this process. */
  concurrency: number;
}

export interface Delivery {
  attempt: number;
  isLastAttempt: boolean;
}

/** Resolve to acknowledge; throw to have the message redelivered later (or `PermanentEventError` to stop at once). */
export type EventHandler = (event: EventEnvelope, delivery: Delivery) => Promise<void>;

/** Called when a message will not be delivered again, so the owner can record the failure. */
export type DeadLetterHandler = (event: EventEnvelope, error: unknown) => Promise<void>;

export interface EventSubscription {
  stop(): Promise<void>;
}

/** The durable event bus contract, met by JetStream and by the in-process bus of the embedded default. */
export interface EventBus {
  /** Publishes once per `event.id`: a second publish of the same id within the dedup window is dropped. */
  publish(event: EventEnvelope): Promise<void>;
  subscribe(spec: ConsumerSpec, handler: EventHandler, onDeadLetter?: DeadLetterHandler): Promise<EventSubscription>;
  /** Round trip to the broker, for health checks; resolves to the latency in ms. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

export const EVENT_BUS = Symbol('EVENT_BUS');

/** A failure that redelivery cannot fix (malformed event, unknown workspace); the message is terminated. */
export class PermanentEventError extends Error {
  override name = 'PermanentEventError';
}

export const DEFAULT_CONSUMER: Omit<ConsumerSpec, 'durable' | 'type'> = {
  maxDeliver: 8,
  backoffMs: [1_000, 5_000, 15_000, 60_000, 300_000],
  concurrency: 4,
};

export const backoffFor = (spec: ConsumerSpec, attempt: number): number =>
  spec.backoffMs[Math.min(attempt - 1, spec.backoffMs.length - 1)] ?? 1_000;
