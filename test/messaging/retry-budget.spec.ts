import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { DomainError, ErrorCodes, EventEnvelope, EventTypes } from '@callsight/contracts';
import {
  createEvent,
  EventBus,
  EventConsumers,
  InProcessEventBus,
  JetStreamEventBus,
  MESSAGING_ENTITIES,
  Outbox,
} from '@callsight/messaging';
import { createEventFailuresTable, createMessagingTables } from '@callsight/messaging/outbox/messaging-tables';
import { openServiceDataSource } from '@callsight/persistence';
import { TEST_NATS_URL } from '../support/environment';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';

class RetryBudgetTestSchema1700000000000 implements MigrationInterface {
  name = 'RetryBudgetTestSchema1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE budgettest.effects (event_id text NOT NULL, kind text NOT NULL)');
    await createMessagingTables(runner, 'budgettest');
    await createEventFailuresTable(runner, 'budgettest');
  }
  down(): Promise<void> {
    return Promise.resolve();
  }
}

/** A bus, and how to bring it back after the process holding it died (what a restart would do). */
interface BusUnderTest {
  bus: EventBus;
  restart(replay: EventEnvelope): Promise<EventBus>;
  cleanup(): Promise<void>;
}

const implementations: Array<[string, () => Promise<BusUnderTest>]> = [
  [
    'JetStream',
    async () => {
      const id = randomBytes(4).toString('hex');
      const options = {
        servers: TEST_NATS_URL,
        name: 'retry-budget-test',
        stream: `CSTEST_BUDGET_${id}`,
        subjectPrefix: `cstest.budget.${id}.evt.`,
        ackWaitMs: 5_000,
      };
      const subject: BusUnderTest = {
        bus: await JetStreamEventBus.connect(options),
        // The stream keeps the message and its pending redelivery; a new connection picks it up.
        restart: async () => {
          await subject.bus.close();
          subject.bus = await JetStreamEventBus.connect(options);
          return subject.bus;
        },
        cleanup: async () => (await subject.bus.close(), await deleteStream(options.stream)),
      };
      return subject;
    },
  ],
  [
    'in-process',
    () => {
      const subject: BusUnderTest = {
        bus: new InProcessEventBus(),
        // The in-process bus forgets everything; the outbox replays recent events on start.
        restart: async (replay) => {
          await subject.bus.close();
          subject.bus = new InProcessEventBus();
          await subject.bus.publish(replay);
          return subject.bus;
        },
        cleanup: () => subject.bus.close(),
      };
      return Promise.resolve(subject);
    },
  ],
];

const outage = (): Error => new DomainError(ErrorCodes.serviceUnavailable, 'ingestion did not answer in time');

describe('retry budget kept in PostgreSQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('retrybudget');
    dataSource = await openServiceDataSource(
      database.url,
      { schema: 'budgettest', entities: MESSAGING_ENTITIES, migrations: [RetryBudgetTestSchema1700000000000] },
      'retry-budget-test',
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe.each(implementations)('on %s', (_name, make) => {
    let subject: BusUnderTest;
    const running: EventConsumers[] = [];
    const durable = (): string => `budget-${randomBytes(3).toString('hex')}`;
    const options = (name: string, backoffMs = [20]) => ({
      durable: name,
      type: EventTypes.jobCreated,
      maxDeliver: 3,
      backoffMs,
      outageBackoffMs: [10, 40] as [number, number],
    });

    const consumersOn = (bus: EventBus): EventConsumers => {
      const consumers = new EventConsumers(dataSource, bus, new Outbox(dataSource, bus));
      running.push(consumers);
      return consumers;
    };
    const stopConsumers = () => Promise.all(running.splice(0).map((consumers) => consumers.onApplicationShutdown()));

    const effects = async (eventId: string): Promise<string[]> =>
      (
        await dataSource.query<Array<{ kind: string }>>('SELECT kind FROM effects WHERE event_id = $1 ORDER BY kind', [
          eventId,
        ])
      ).map((row) => row.kind);
    const recordEffect = (kind: string) => async (event: EventEnvelope, manager: EntityManager) => {
      await manager.query('INSERT INTO effects (event_id, kind) VALUES ($1, $2)', [event.id, kind]);
    };
    const failureRows = async (name: string): Promise<number> =>
      (await dataSource.query<unknown[]>('SELECT 1 FROM event_failures WHERE consumer = $1', [name])).length;

    beforeEach(async () => {
      subject = await make();
    });

    afterEach(async () => {
      await stopConsumers();
      await subject.cleanup();
    });

    it('applies an event once after more outages than its budget, and never gives it up', async () => {
      const name = durable();
      let deliveries = 0;
      await consumersOn(subject.bus).consume(
        options(name),
        async (event, manager) => {
          deliveries += 1;
          if (deliveries <= 10) throw outage();
          await recordEffect('applied')(event, manager);
        },
        recordEffect('given-up'),
      );
      const published = createEvent(EventTypes.jobCreated, 'ws_test', {});
      await subject.bus.publish(published);
      await waitFor(async () => (await effects(published.id)).length > 0, 'the event applied or given up');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await effects(published.id)).toEqual(['applied']);
      expect(deliveries).toBe(11);
      expect(await failureRows(name)).toBe(0);
    });

    it('gives a really failing event up after exactly its budget of real failures, dead-lettering it once', async () => {
      const name = durable();
      let deliveries = 0;
      let realFailures = 0;
      await consumersOn(subject.bus).consume(
        options(name),
        () => {
          deliveries += 1;
          if (deliveries % 2 === 0) return Promise.reject(outage());
          realFailures += 1;
          return Promise.reject(new Error('a bug in the handler'));
        },
        recordEffect('given-up'),
      );
      const published = createEvent(EventTypes.jobCreated, 'ws_test', {});
      await subject.bus.publish(published);
      await waitFor(async () => (await effects(published.id)).length > 0, 'the dead letter');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await effects(published.id)).toEqual(['given-up']);
      expect(realFailures).toBe(3);
      expect(deliveries).toBe(5);
    });

    it('keeps the count of real failures across a crash between attempts', async () => {
      const name = durable();
      const published = createEvent(EventTypes.jobCreated, 'ws_test', {});
      let realFailures = 0;
      let deliveries = 0;
      // A long backoff after a real failure, so the crash comes before the next attempt.
      await consumersOn(subject.bus).consume(
        options(name, [2_000]),
        () => {
          deliveries += 1;
          if (deliveries <= 2) return Promise.reject(outage());
          realFailures += 1;
          return Promise.reject(new Error('a bug in the handler'));
        },
        recordEffect('given-up'),
      );
      await subject.bus.publish(published);
      await waitFor(() => realFailures >= 1, 'the first real failure');
      await stopConsumers();
      const restarted = await subject.restart(published);
      await consumersOn(restarted).consume(
        options(name, [20]),
        () => {
          realFailures += 1;
          return Promise.reject(new Error('a bug in the handler'));
        },
        recordEffect('given-up'),
      );
      await waitFor(async () => (await effects(published.id)).length > 0, 'the dead letter');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await effects(published.id)).toEqual(['given-up']);
      expect(realFailures).toBe(3);
    });
  });
});
