import { randomBytes } from 'node:crypto';
import { AckPolicy, connect, DeliverPolicy, JetStreamManager, NatsConnection, nanos } from 'nats';
import { DomainError, ErrorCodes, EventEnvelope, EventTypes } from '@callsight/contracts';
import { ConsumerSpec, createEvent, EventSubscription, JetStreamEventBus } from '@callsight/messaging';
import { TEST_NATS_URL } from '../support/environment';
import { deleteStream } from '../support/test-stream';
import { waitFor } from '../support/wait-for';

const MAX_DELIVERIES = 3;

describe('JetStream durables and the retry budget', () => {
  const id = randomBytes(4).toString('hex');
  const stream = `CSTEST_JSBUDGET_${id}`;
  const subjectPrefix = `cstest.jsbudget.${id}.evt.`;
  let bus: JetStreamEventBus;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const subscriptions: EventSubscription[] = [];

  const spec = (durable: string): ConsumerSpec => ({
    durable,
    type: EventTypes.jobCreated,
    maxDeliver: 5,
    backoffMs: [20],
    outageBackoffMs: [10, 40],
    concurrency: 2,
  });

  beforeAll(async () => {
    bus = await JetStreamEventBus.connect({
      servers: TEST_NATS_URL,
      name: 'js-budget-test',
      stream,
      subjectPrefix,
      maxDeliveries: MAX_DELIVERIES,
    });
    nc = await connect({ servers: TEST_NATS_URL });
    jsm = await nc.jetstreamManager();
  });

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((subscription) => subscription.stop()));
  });

  afterAll(async () => {
    await bus?.close();
    await nc?.close();
    await deleteStream(stream);
  });

  it('sets its own max_deliver ceiling on a durable an older release left with another', async () => {
    const durable = `old-${randomBytes(3).toString('hex')}`;
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${subjectPrefix}${EventTypes.jobCreated}`,
      max_deliver: 4,
      ack_wait: nanos(30_000),
    });
    subscriptions.push(await bus.subscribe(spec(durable), () => Promise.resolve()));
    expect((await jsm.consumers.info(stream, durable)).config.max_deliver).toBe(MAX_DELIVERIES);
  });

  it('dead-letters a message JetStream gave up on its own, which the handler never saw fail for good', async () => {
    const durable = `capped-${randomBytes(3).toString('hex')}`;
    const deadLetters: Array<{ event: EventEnvelope; error: unknown }> = [];
    let deliveries = 0;
    subscriptions.push(
      await bus.subscribe(
        spec(durable),
        () => {
          deliveries += 1;
          return Promise.reject(new DomainError(ErrorCodes.serviceUnavailable, 'ingestion did not answer'));
        },
        (event, error) => Promise.resolve(void deadLetters.push({ event, error })),
      ),
    );
    // What an older replica re-provisioning the durable during a rolling deploy would do.
    await jsm.consumers.update(stream, durable, { max_deliver: 2 });
    const published = createEvent(EventTypes.jobCreated, 'ws_test', { n: 1 });
    await bus.publish(published);
    await waitFor(() => deadLetters.length >= 1, 'the dead letter from the max-deliveries advisory');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deliveries).toBe(2);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0].event).toEqual(published);
    expect(String(deadLetters[0].error)).toContain('after 2 deliveries');
  });

  it('dead-letters an event that meets an outage on every delivery once the ceiling is reached, instead of forever', async () => {
    const durable = `poison-${randomBytes(3).toString('hex')}`;
    const poison = createEvent(EventTypes.jobCreated, 'ws_test', { n: 2 });
    const deadLetters: EventEnvelope[] = [];
    let deliveries = 0;
    subscriptions.push(
      await bus.subscribe(
        spec(durable),
        (event) => {
          // The stream also holds the other tests' events; they pass.
          if (event.id !== poison.id) return Promise.resolve();
          deliveries += 1;
          // An outage never spends the retry budget, so only JetStream's ceiling can stop this.
          return Promise.reject(new DomainError(ErrorCodes.serviceUnavailable, 'ingestion did not answer'));
        },
        (event) => Promise.resolve(void deadLetters.push(event)),
      ),
    );
    await bus.publish(poison);
    await waitFor(() => deadLetters.length >= 1, 'the dead letter at the delivery ceiling');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(deliveries).toBe(MAX_DELIVERIES);
    expect(deadLetters).toEqual([poison]);
  });
});
