import { DataSource } from 'typeorm';
import type { FailureLedger, RecordedFailures } from '../events';

/**
 * The retry budget in the service's schema (its search_path), so a count survives restarts and is shared
 * by replicas; the upsert adds one atomically however many replicas fail the same event at once.
 */
export class EventFailures implements FailureLedger {
  constructor(private readonly dataSource: DataSource) {}

  async read(consumer: string, eventId: string): Promise<RecordedFailures> {
    const rows: Array<{ failures: number; last_error: string | null }> = await this.dataSource.query(
      'SELECT failures, last_error FROM event_failures WHERE consumer = $1 AND event_id = $2',
      [consumer, eventId],
    );
    return rows.length === 0
      ? { failures: 0, lastError: null }
      : { failures: rows[0].failures, lastError: rows[0].last_error };
  }

  async record(consumer: string, eventId: string, error: string): Promise<number> {
    const rows: Array<{ failures: number }> = await this.dataSource.query(
      `INSERT INTO event_failures AS f (consumer, event_id, failures, last_error, failed_at) VALUES ($1, $2, 1, $3, now())
       ON CONFLICT (consumer, event_id) DO UPDATE SET failures = f.failures + 1, last_error = EXCLUDED.last_error, failed_at = now()
       RETURNING failures`,
      [consumer, eventId, error],
    );
    return rows[0].failures;
  }

  async forget(consumer: string, eventId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM event_failures WHERE consumer = $1 AND event_id = $2', [
      consumer,
      eventId,
    ]);
  }
}
