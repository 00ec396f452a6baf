import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AsyncResource } from 'node:async_hooks';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventType, MAX_EVENT_BYTES } from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { EVENT_BUS, EventBus, PermanentEventError } from '../events';
import { OutboxMessage } from './messaging-tables';

export function createEvent<T>(type: EventType, workspaceId: string, data: T, traceparent?: string): EventEnvelope<T> {
  return {
    id: newId('evt'),
    type,
    workspaceId,
    occurredAt: new Date().toISOString(),
    ...(traceparent ? { traceparent } : {}),
    data,
  };
}

const BATCH = 100;
const POLL_MS = 500;
const KEEP_PUBLISHED_MS = 24 * 3600_000;

export interface OutboxOptions {
  /**
   * Republish the events of the last day at start. For the in-process bus, which forgets events
   * handed to it when the process dies: consumers are idempotent, so replaying is harmless and
   * recovers whatever was in flight at the crash.
   */
  replayOnStart: boolean;
}
export const OUTBOX_OPTIONS = Symbol('OUTBOX_OPTIONS');

/**
 * The transactional outbox: `add` writes events inside the caller's transaction; the relay publishes
 * unpublished rows in order (locking them so replicas never relay the same row at once) and marks
 * them published. A crash between publish and mark republishes, which the bus dedups by event id.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Outbox.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_BUS) private readonly bus: EventBus,
    @Optional() @Inject(OUTBOX_OPTIONS) private readonly options: OutboxOptions = { replayOnStart: false },
  ) {}

  /** Refuses (permanently) an event the bus could never carry, so it cannot block the relay behind it. */
  async add(manager: EntityManager, events: EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    const envelopes = events.map((event) => JSON.stringify(event));
    envelopes.forEach((envelope, index) => {
      const bytes = Buffer.byteLength(envelope);
      if (bytes > MAX_EVENT_BYTES)
        throw new PermanentEventError(
          `event ${events[index].type} ${events[index].id} is ${bytes} bytes; the bus carries at most ${MAX_EVENT_BYTES}`,
        );
    });
    // search_path is the service's schema, so this is the service's own outbox; one statement for the batch.
    await manager.query(
      'INSERT INTO outbox (id, type, envelope, created_at) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[])',
      [
        events.map((event) => event.id),
        events.map((event) => event.type),
        envelopes,
        events.map((event) => event.occurredAt),
      ],
    );
  }

  /** Ask for a relay pass soon; called after a transaction that added events commits. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.startPass();
  }

  /**
   * Bound to the context the outbox was made in, so a pass nudged from inside an HTTP request does
   * not run (and, on the in-process bus, deliver to every consumer) as part of that request.
   */
  private readonly startPass = AsyncResource.bind(() => {
    this.running = this.drain()
      .then(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  });

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.replayOnStart) await this.markRecentUnpublished();
    this.timer = setInterval(() => this.nudge(), POLL_MS);
    this.nudge();
  }

  /** Resolves to how many events will be published again. */
  async markRecentUnpublished(): Promise<number> {
    const result = await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ publishedAt: null })
      .where('published_at > :since', { since: new Date(Date.now() - KEEP_PUBLISHED_MS) })
      .execute();
    return result.affected ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Relays until nothing is left; resolves to how many events were published. */
  async drain(): Promise<number> {
    let total = 0;
    try {
      for (let count = await this.relayBatch(); count > 0; count = await this.relayBatch()) total += count;
      await this.cleanup();
    } catch (error) {
      this.logger.warn({ err: error }, 'outbox relay pass failed; will retry');
    }
    return total;
  }

  private async relayBatch(): Promise<number> {
    if (this.stopped) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; envelope: EventEnvelope }> = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('o')
        .select(['o.id', 'o.envelope'])
        .where('o.publishedAt IS NULL')
        .orderBy('o.createdAt')
        .addOrderBy('o.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) await this.bus.publish(row.envelope);
      if (rows.length > 0) {
        await manager
          .getRepository(OutboxMessage)
          .createQueryBuilder()
          .update()
          .set({ publishedAt: () => 'now()' })
          .whereInIds(rows.map((row) => row.id))
          .execute();
      }
      return rows.length;
    });
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3600_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder()
      .delete()
      .where('published_at < :before', { before: new Date(Date.now() - KEEP_PUBLISHED_MS) })
      .execute();
  }
}
