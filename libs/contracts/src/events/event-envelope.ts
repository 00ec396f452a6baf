import type { EventType } from '../subjects';

/** A durable fact published on JetStream. `id` is the dedup key (`Nats-Msg-Id`) and the idempotency key of every consumer. */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: EventType;
  workspaceId: string;
  occurredAt: string;
  traceparent?: string;
  data: T;
}

/**
 * The largest event the outbox accepts, in bytes of JSON: below NATS's default max_payload (1 MB),
 * with room for headers. An event over it fails where it is made, rather than stopping the relay.
 */
export const MAX_EVENT_BYTES = 960 * 1024;

export const eventBytes = (event: EventEnvelope): number => Buffer.byteLength(JSON.stringify(event));
