import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, EventTypes, MAX_EVENT_BYTES } from '@callsight/contracts';
import {
  ConsumerSpec,
  createEvent,
  DeadLetterHandler,
  EventBus,
  EventConsumers,
  EventHandler,
  EventSubscription,
  FailureLedger,
  InProcessEventBus,
  MESSAGING_ENTITIES,
  Outbox,
  PermanentEventError,
} from '@callsight/messaging';
import {
  createEventFailuresTable,
  createMessagingTables,
  OutboxMessage,
} from '@callsight/messaging/outbox/messaging-tables';
import { openServiceDataSource } from '@callsight/persistence';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { waitFor } from '../support/wait-for';

/** What `SELECT count(*) AS n` gives: pg returns a bigint as text. */
interface CountRow {
  n: string;
}

class OutboxTestSchema1700000000000 implements MigrationInterface {
  name = 'OutboxTestSchema1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE outboxtest.effects (event_id text NOT NULL, consumer text NOT NULL)');
    await createMessagingTables(runner, 'outboxtest');
    await createEventFailuresTable(runner, 'outboxtest');
  }
  down(): Promise<void> {
    return Promise.resolve();
  }
}

/** Counts every publish, so tests can tell what reached the bus (the in-process bus itself dedups). */
class RecordingBus implements EventBus {
  readonly published: string[] = [];
  failNext = 0;
  constructor(private readonly inner: EventBus = new InProcessEventBus()) {}
  async publish(event: EventEnvelope): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('broker unavailable');
    }
    this.published.push(event.id);
    await this.inner.publish(event);
  }
  subscribe(
    spec: ConsumerSpec,
    handler: EventHandler,
    onDeadLetter?: DeadLetterHandler,
    ledger?: FailureLedger,
  ): Promise<EventSubscription> {
    return this.inner.subscribe(spec, handler, onDeadLetter, ledger);
  }
  ping(): Promise<number> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('transactional outbox and idempotent consumers (PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('outbox');
    dataSource = await openServiceDataSource(
      database.url,
      { schema: 'outboxtest', entities: MESSAGING_ENTITIES, migrations: [OutboxTestSchema1700000000000] },
      'outbox-test',
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const relays: Outbox[] = [];
  const outboxOn = (bus: EventBus): Outbox => {
    const outbox = new Outbox(dataSource, bus);
    relays.push(outbox);
    return outbox;
  };

  beforeEach(async () => {
    await dataSource.query('TRUNCATE outbox, processed_events, effects');
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.onApplicationShutdown()));
  });

  const unpublished = async (): Promise<number> =>
    Number((await dataSource.query<CountRow[]>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL'))[0].n);

  it('publishes committed events in order and marks them published', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    const events = [1, 2, 3].map((n) => createEvent(EventTypes.jobCreated, 'ws_test', { n }));
    await dataSource.transaction((manager) => outbox.add(manager, events));
    await outbox.drain();
    expect(bus.published).toEqual(events.map((event) => event.id));
    expect(await unpublished()).toBe(0);
  });

  it('never publishes events of a transaction that rolled back', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.add(manager, [createEvent(EventTypes.jobCreated, 'ws_test', {})]);
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    await outbox.drain();
    expect(bus.published).toEqual([]);
    expect(await dataSource.getRepository(OutboxMessage).count()).toBe(0);
  });

  it('refuses, where it is made, an event larger than the bus carries, so it can never block the relay', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    const before = await dataSource.getRepository(OutboxMessage).count();
    const huge = createEvent(EventTypes.jobCreated, 'ws_test', { text: 'ü'.repeat(MAX_EVENT_BYTES / 2) });
    await expect(
      dataSource.transaction((manager) =>
        outbox.add(manager, [createEvent(EventTypes.jobCreated, 'ws_test', {}), huge]),
      ),
    ).rejects.toBeInstanceOf(PermanentEventError);
    expect(await dataSource.getRepository(OutboxMessage).count()).toBe(before);
  });

  it('keeps events when the broker is down and publishes them once it is back', async () => {
    const bus = new RecordingBus();
    bus.failNext = 1;
    const outbox = outboxOn(bus);
    const event = createEvent(EventTypes.jobCreated, 'ws_test', {});
    await dataSource.transaction((manager) => outbox.add(manager, [event]));
    await outbox.drain();
    expect(await unpublished()).toBe(1);
    await outbox.drain();
    expect(bus.published).toEqual([event.id]);
    expect(await unpublished()).toBe(0);
  });

  it('can replay the events of the last day, for a bus that forgot them in a crash', async () => {
    const bus = new RecordingBus();
    const event = createEvent(EventTypes.jobCreated, 'ws_test', {});
    await dataSource.transaction((manager) => outboxOn(bus).add(manager, [event]));
    await outboxOn(bus).drain();
    await dataSource.query(
      "INSERT INTO outbox (id, type, envelope, created_at, published_at) VALUES ('evt_old', 'job.created', '{}', now() - interval '3 days', now() - interval '3 days')",
    );
    const restarted = outboxOn(new RecordingBus());
    expect(await restarted.markRecentUnpublished()).toBe(1);
    expect(await unpublished()).toBe(1);
  });

  it('lets two relays drain one outbox without publishing any event twice', async () => {
    const bus = new RecordingBus();
    const pair = [outboxOn(bus), outboxOn(bus)];
    const events = Array.from({ length: 300 }, (_, n) => createEvent(EventTypes.jobCreated, 'ws_test', { n }));
    await dataSource.transaction((manager) => pair[0].add(manager, events));
    await Promise.all(pair.map((relay) => relay.drain()));
    expect(bus.published).toHaveLength(300);
    expect(new Set(bus.published).size).toBe(300);
  });

  it('applies a redelivered event once, with the events it causes written in the same transaction', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    const consumers = new EventConsumers(dataSource, bus, outbox);
    const incoming = createEvent(EventTypes.jobCreated, 'ws_test', {});
    const handler = async (event: EventEnvelope, manager: EntityManager) => {
      await manager.query('INSERT INTO effects (event_id, consumer) VALUES ($1, $2)', [event.id, 'c']);
      return [createEvent(EventTypes.jobCompleted, 'ws_test', { after: event.id })];
    };
    const delivery = { attempt: 1, isLastAttempt: false };
    expect(await consumers.applyOnce('c', incoming, delivery, handler)).toBe(true);
    expect(await consumers.applyOnce('c', incoming, { attempt: 2, isLastAttempt: false }, handler)).toBe(false);
    expect(Number((await dataSource.query<CountRow[]>('SELECT count(*) AS n FROM effects'))[0].n)).toBe(1);
    await waitFor(async () => (await unpublished()) === 0, 'the caused event to be relayed');
    expect(bus.published).toHaveLength(1);
  });

  it('leaves no trace of a handler that failed, so the redelivery applies it', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    const consumers = new EventConsumers(dataSource, bus, outbox);
    const incoming = createEvent(EventTypes.jobCreated, 'ws_test', {});
    let calls = 0;
    const handler = async (event: EventEnvelope, manager: EntityManager) => {
      calls += 1;
      await manager.query('INSERT INTO effects (event_id, consumer) VALUES ($1, $2)', [event.id, 'c']);
      if (calls === 1) throw new Error('crashed half way');
      return [];
    };
    await expect(consumers.applyOnce('c', incoming, { attempt: 1, isLastAttempt: false }, handler)).rejects.toThrow(
      'crashed half way',
    );
    expect(Number((await dataSource.query<CountRow[]>('SELECT count(*) AS n FROM effects'))[0].n)).toBe(0);
    expect(await consumers.applyOnce('c', incoming, { attempt: 2, isLastAttempt: false }, handler)).toBe(true);
    expect(Number((await dataSource.query<CountRow[]>('SELECT count(*) AS n FROM effects'))[0].n)).toBe(1);
  });

  it('keeps the effects of different consumers of one event apart', async () => {
    const bus = new RecordingBus();
    const outbox = outboxOn(bus);
    const consumers = new EventConsumers(dataSource, bus, outbox);
    const incoming = createEvent(EventTypes.jobCreated, 'ws_test', {});
    const handler = (name: string) => async (event: EventEnvelope, manager: EntityManager) => {
      await manager.query('INSERT INTO effects (event_id, consumer) VALUES ($1, $2)', [event.id, name]);
    };
    expect(await consumers.applyOnce('a', incoming, { attempt: 1, isLastAttempt: false }, handler('a'))).toBe(true);
    expect(await consumers.applyOnce('b', incoming, { attempt: 1, isLastAttempt: false }, handler('b'))).toBe(true);
    expect(
      (await dataSource.query<Array<{ consumer: string }>>('SELECT consumer FROM effects ORDER BY consumer')).map(
        (row) => row.consumer,
      ),
    ).toEqual(['a', 'b']);
  });
});
