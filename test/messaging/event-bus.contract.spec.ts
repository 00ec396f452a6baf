import { randomBytes } from 'node:crypto';
import { DomainError, ErrorCodes, EventEnvelope, EventTypes } from '@callsight/contracts';
import {
  ConsumerSpec,
  createEvent,
  EventBus,
  EventSubscription,
  InProcessEventBus,
  JetStreamEventBus,
  PermanentEventError,
} from '@callsight/messaging';
import { TEST_NATS_URL } from '../support/environment';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';

interface BusUnderTest {
  bus: EventBus;
  cleanup(): Promise<void>;
}

/** Each test gets its own stream and subjects, so nothing is shared with other tests or runs. */
const implementations: Array<[string, () => Promise<BusUnderTest>]> = [
  [
    'JetStream',
    async () => {
      const id = randomBytes(4).toString('hex');
      const stream = `CSTEST_CONTRACT_${id}`;
      const bus = await JetStreamEventBus.connect({
        servers: TEST_NATS_URL,
        name: 'contract-test',
        stream,
        subjectPrefix: `cstest.contract.${id}.evt.`,
        ackWaitMs: 5_000,
      });
      return { bus, cleanup: async () => (await bus.close(), await deleteStream(stream)) };
    },
  ],
  ['in-process', () => Promise.resolve({ bus: new InProcessEventBus(), cleanup: () => Promise.resolve() })],
];

const spec = (overrides: Partial<ConsumerSpec> = {}): ConsumerSpec => ({
  durable: `contract-${randomBytes(3).toString('hex')}`,
  type: EventTypes.jobCreated,
  maxDeliver: 3,
  backoffMs: [50, 100],
  concurrency: 4,
  ...overrides,
});

/** What our own dependencies throw while they are briefly down: PostgreSQL, NATS, another service over RPC. */
const OUTAGES: Array<() => Error> = [
  () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
  () => Object.assign(new Error('no responders'), { code: '503' }),
  () => new DomainError(ErrorCodes.serviceUnavailable, 'A service needed for this request is not available'),
  () => new Error('Connection terminated unexpectedly'),
];
const outage = (n: number): Error => OUTAGES[n % OUTAGES.length]();

const event = (n: number): EventEnvelope => createEvent(EventTypes.jobCreated, 'ws_test', { n });

/** The bus awaits its handlers; most handlers here only record, synchronously, and are run inside a promise. */
const handler =
  <A extends unknown[]>(record: (...args: A) => void) =>
  (...args: A): Promise<void> =>
    new Promise((resolve) => resolve(record(...args)));

describe.each(implementations)('event bus contract: %s', (_name, make) => {
  let subject: BusUnderTest;
  const subscriptions: EventSubscription[] = [];

  beforeEach(async () => {
    subject = await make();
  });

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
    await subject.cleanup();
  });

  it('delivers every published event once, in full, and drops a republished id', async () => {
    const seen: EventEnvelope[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec(),
        handler((received) => void seen.push(received)),
      ),
    );
    const first = event(1);
    await subject.bus.publish(first);
    await subject.bus.publish(first);
    await subject.bus.publish(event(2));
    await waitFor(() => seen.length >= 2, 'two deliveries');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.map((received) => (received.data as { n: number }).n).sort()).toEqual([1, 2]);
    expect(seen.find((received) => received.id === first.id)).toEqual(first);
  });

  it('only delivers the event type a consumer asked for', async () => {
    const seen: string[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ type: EventTypes.jobCompleted }),
        handler((received) => void seen.push(received.type)),
      ),
    );
    await subject.bus.publish(event(1));
    await subject.bus.publish(createEvent(EventTypes.jobCompleted, 'ws_test', {}));
    await waitFor(() => seen.length >= 1, 'one delivery');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toEqual([EventTypes.jobCompleted]);
  });

  it('gives a durable consumer the events published before it subscribed', async () => {
    await subject.bus.publish(event(1));
    await subject.bus.publish(event(2));
    const seen: number[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec(),
        handler((received) => void seen.push((received.data as { n: number }).n)),
      ),
    );
    await waitFor(() => seen.length >= 2, 'the retained events');
    expect(seen.sort()).toEqual([1, 2]);
  });

  it('redelivers a failed event after a backoff until it succeeds', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ maxDeliver: 5, backoffMs: [150] }),
        handler((_received, delivery) => {
          attempts.push({ attempt: delivery.attempt, at: Date.now() });
          if (delivery.attempt < 3) throw new Error('not yet');
        }),
      ),
    );
    await subject.bus.publish(event(1));
    await waitFor(() => attempts.length >= 3, 'three attempts');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(attempts.map((entry) => entry.attempt)).toEqual([1, 2, 3]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(100);
  });

  it('gives up after maxDeliver attempts and dead-letters the event once', async () => {
    const attempts: number[] = [];
    const deadLetters: string[] = [];
    const published = event(1);
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ maxDeliver: 3 }),
        handler((_received, delivery) => {
          attempts.push(delivery.attempt);
          throw new Error('always fails');
        }),
        handler((received) => void deadLetters.push(received.id)),
      ),
    );
    await subject.bus.publish(published);
    await waitFor(() => deadLetters.length >= 1, 'the dead letter');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(attempts).toEqual([1, 2, 3]);
    expect(deadLetters).toEqual([published.id]);
  });

  it('does not spend retries on internal outages: retries until the dependency is back, then applies once', async () => {
    const attempts: number[] = [];
    const applied: string[] = [];
    const deadLetters: string[] = [];
    const published = event(1);
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ maxDeliver: 3, outageBackoffMs: [10, 40] }),
        handler((received, delivery) => {
          attempts.push(delivery.attempt);
          if (delivery.attempt <= 10) throw outage(delivery.attempt);
          applied.push(received.id);
        }),
        handler((received) => void deadLetters.push(received.id)),
      ),
    );
    await subject.bus.publish(published);
    await waitFor(() => applied.length >= 1 || deadLetters.length >= 1, 'the event applied or given up');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deadLetters).toEqual([]);
    expect(applied).toEqual([published.id]);
    expect(attempts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('counts only real failures toward maxDeliver, and says which attempt is the last', async () => {
    const real: Array<{ attempt: number; isLastAttempt: boolean }> = [];
    const deadLetters: string[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ maxDeliver: 3, backoffMs: [20], outageBackoffMs: [10, 40] }),
        handler((_received, delivery) => {
          if (delivery.attempt % 2 === 1) throw outage(delivery.attempt);
          real.push({ attempt: delivery.attempt, isLastAttempt: delivery.isLastAttempt });
          throw new Error('a bug');
        }),
        handler((received) => void deadLetters.push(received.id)),
      ),
    );
    const published = event(1);
    await subject.bus.publish(published);
    await waitFor(() => deadLetters.length >= 1, 'the dead letter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(real).toEqual([
      { attempt: 2, isLastAttempt: false },
      { attempt: 4, isLastAttempt: false },
      { attempt: 6, isLastAttempt: true },
    ]);
    expect(deadLetters).toEqual([published.id]);
  });

  it('dead-letters a permanent failure without retrying', async () => {
    const attempts: number[] = [];
    const deadLetters: string[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        spec({ maxDeliver: 5 }),
        handler((_received, delivery) => {
          attempts.push(delivery.attempt);
          throw new PermanentEventError('malformed');
        }),
        handler((received) => void deadLetters.push(received.id)),
      ),
    );
    await subject.bus.publish(event(1));
    await waitFor(() => deadLetters.length >= 1, 'the dead letter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts).toEqual([1]);
  });

  it('resumes a durable consumer where it left off after it stops', async () => {
    const consumer = spec();
    const first: number[] = [];
    const subscription = await subject.bus.subscribe(
      consumer,
      handler((received) => void first.push((received.data as { n: number }).n)),
    );
    await subject.bus.publish(event(1));
    await waitFor(() => first.length >= 1, 'the first event');
    await subscription.stop();
    await subject.bus.publish(event(2));
    const second: number[] = [];
    subscriptions.push(
      await subject.bus.subscribe(
        consumer,
        handler((received) => void second.push((received.data as { n: number }).n)),
      ),
    );
    await waitFor(() => second.length >= 1, 'the second event');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(first).toEqual([1]);
    expect(second).toEqual([2]);
  });

  it('runs no more handlers at once than the consumer allows', async () => {
    let active = 0;
    let peak = 0;
    let done = 0;
    subscriptions.push(
      await subject.bus.subscribe(spec({ concurrency: 2 }), async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 50));
        active -= 1;
        done += 1;
      }),
    );
    for (let n = 0; n < 8; n += 1) await subject.bus.publish(event(n));
    await waitFor(() => done >= 8, 'all eight handled');
    expect(peak).toBeLessThanOrEqual(2);
    expect(peak).toBeGreaterThanOrEqual(1);
  });

  it('answers a ping', async () => {
    await expect(subject.bus.ping()).resolves.toBeGreaterThanOrEqual(0);
  });
});
