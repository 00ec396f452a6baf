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
