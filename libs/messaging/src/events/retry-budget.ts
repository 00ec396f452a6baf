import { Logger } from '@nestjs/common';
import { inspect } from 'node:util';
import type { EventEnvelope } from '@callsight/contracts';
import { isInternalUnavailability } from '@callsight/common/problem/outage';
import {
  backoffFor,
  ConsumerSpec,
  DeadLetterHandler,
  EventHandler,
  FailureLedger,
  outageBackoffFor,
  PermanentEventError,
  RecordedFailures,
} from './event-bus';

/** What becomes of a delivery: acknowledged, given up (dead-lettered), or handed over again later. */
export type Settlement = 'applied' | 'given-up' | { retryInMs: number };

const NO_FAILURES: RecordedFailures = { failures: 0, lastError: null };
const MAX_ERROR_CHARS = 1_000;

/**
 * Spends a consumer's retries on real failures only, the same way on every bus. The bus's own delivery
 * count cannot tell an outage from a bug, so the count lives in a ledger; a failure to use the ledger is
 * itself an outage (it is our PostgreSQL), and the delivery is retried without being counted.
 */
export class RetryBudget {
  private readonly logger = new Logger(RetryBudget.name);

  constructor(
    private readonly spec: ConsumerSpec,
    private readonly ledger: FailureLedger,
    private readonly onDeadLetter?: DeadLetterHandler,
  ) {}

  async deliver(event: EventEnvelope, attempt: number, handler: EventHandler): Promise<Settlement> {
    let recorded = NO_FAILURES;
    try {
      // The first delivery of an event has no failures yet; only redeliveries pay for the look-up.
      if (attempt > 1) recorded = await this.ledger.read(this.spec.durable, event.id);
      // Given up before, but the dead letter or the acknowledgement did not get through.
      if (recorded.failures >= this.spec.maxDeliver) return await this.giveUp(event, attempt, spentError(recorded));
      await handler(event, { attempt, isLastAttempt: recorded.failures + 1 >= this.spec.maxDeliver });
    } catch (error) {
      return this.afterFailure(event, attempt, error);
    }
    if (recorded.failures > 0) await this.forget(event.id);
    return 'applied';
  }

  /** Runs the dead-letter handler; until it succeeds the message is redelivered, and comes straight back here. */
  async giveUp(event: EventEnvelope, attempt: number, error: unknown): Promise<Settlement> {
    const { durable } = this.spec;
    this.logger.error({ err: error, durable, eventId: event.id, attempt }, 'event handling given up');
    try {
      await this.onDeadLetter?.(event, error);
      return 'given-up';
    } catch (deadLetterError) {
      this.logger.error(
        { err: deadLetterError, durable, eventId: event.id },
        'dead-letter handling failed; will retry',
      );
      const outage = isInternalUnavailability(deadLetterError);
      return { retryInMs: outage ? outageBackoffFor(this.spec, attempt) : backoffFor(this.spec, this.spec.maxDeliver) };
    }
  }

  private async afterFailure(event: EventEnvelope, attempt: number, error: unknown): Promise<Settlement> {
    if (error instanceof PermanentEventError) return this.giveUp(event, attempt, error);
    if (isInternalUnavailability(error)) return this.retryAfterOutage(event, attempt, error);
    let failures: number;
    try {
      failures = await this.ledger.record(this.spec.durable, event.id, describe(error));
    } catch (ledgerError) {
      return this.retryAfterOutage(event, attempt, ledgerError);
    }
    if (failures >= this.spec.maxDeliver) return this.giveUp(event, attempt, error);
    this.logger.warn(
      { err: error, durable: this.spec.durable, eventId: event.id, attempt, failures },
      'event handling failed; will retry',
    );
    return { retryInMs: backoffFor(this.spec, failures) };
  }

  private retryAfterOutage(event: EventEnvelope, attempt: number, error: unknown): Settlement {
    const retryInMs = outageBackoffFor(this.spec, attempt);
    this.logger.warn(
      { err: error, durable: this.spec.durable, eventId: event.id, attempt, retryInMs },
      'event handling met an internal outage; will retry without spending a retry',
    );
    return { retryInMs };
  }

  /** A row left behind only costs a redelivery of an applied event one extra look-up. */
  private async forget(eventId: string): Promise<void> {
    await this.ledger.forget(this.spec.durable, eventId).catch((error: unknown) => {
      this.logger.warn({ err: error, durable: this.spec.durable, eventId }, 'could not clear the failure count');
    });
  }
}

/** For a bus used without EventConsumers (tests, tools): counts survive redelivery, not a restart. */
export class MemoryFailureLedger implements FailureLedger {
  private readonly entries = new Map<string, RecordedFailures>();

  read(durable: string, eventId: string): Promise<RecordedFailures> {
    return Promise.resolve(this.entries.get(key(durable, eventId)) ?? NO_FAILURES);
  }

  record(durable: string, eventId: string, error: string): Promise<number> {
    const failures = (this.entries.get(key(durable, eventId))?.failures ?? 0) + 1;
    this.entries.set(key(durable, eventId), { failures, lastError: error });
    return Promise.resolve(failures);
  }

  forget(durable: string, eventId: string): Promise<void> {
    this.entries.delete(key(durable, eventId));
    return Promise.resolve();
  }
}

const key = (durable: string, eventId: string): string => `${durable}\u0000${eventId}`;

const spentError = (recorded: RecordedFailures): Error =>
  new Error(recorded.lastError ?? `${recorded.failures} deliveries failed`);

const describe = (error: unknown): string =>
  (error instanceof Error ? error.message : typeof error === 'string' ? error : inspect(error)).slice(
    0,
    MAX_ERROR_CHARS,
  );
