import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { QueryRunner } from 'typeorm';
import type { EventEnvelope } from '@callsight/contracts';

/** An event written in the same transaction as the state change it announces, relayed to the bus afterwards. */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  type: string;

  @Column('jsonb')
  envelope: EventEnvelope;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
}

/** One row per event a consumer has applied; the primary key is what makes redelivery harmless. */
@Entity({ name: 'processed_events' })
export class ProcessedEvent {
  @PrimaryColumn('text')
  consumer: string;

  @PrimaryColumn('text', { name: 'event_id' })
  eventId: string;

  @Column('timestamptz', { name: 'processed_at' })
  processedAt: Date;
}

export const MESSAGING_ENTITIES = [OutboxMessage, ProcessedEvent];

/** The outbox and processed-event tables every service schema has; called from each service's first migration. */
export async function createMessagingTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`CREATE TABLE "${schema}".outbox (
    id text PRIMARY KEY,
    type text NOT NULL,
    envelope jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
  )`);
  await runner.query(
    `CREATE INDEX outbox_unpublished_idx ON "${schema}".outbox (created_at, id) WHERE published_at IS NULL`,
  );
  await runner.query(
    `CREATE INDEX outbox_published_idx ON "${schema}".outbox (published_at) WHERE published_at IS NOT NULL`,
  );
  await runner.query(`CREATE TABLE "${schema}".processed_events (
    consumer text NOT NULL,
    event_id text NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
  )`);
}

export async function dropMessagingTables(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}".processed_events`);
  await runner.query(`DROP TABLE "${schema}".outbox`);
}

/** Real failures per consumer and unsettled event: the retry budget, kept apart from the bus's delivery count. */
export async function createEventFailuresTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`CREATE TABLE "${schema}".event_failures (
    consumer text NOT NULL,
    event_id text NOT NULL,
    failures integer NOT NULL,
    last_error text,
    failed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
  )`);
}

export async function dropEventFailuresTable(runner: QueryRunner, schema: string): Promise<void> {
  await runner.query(`DROP TABLE "${schema}".event_failures`);
}
