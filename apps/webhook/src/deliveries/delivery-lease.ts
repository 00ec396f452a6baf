import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * One worker's hold on the deliveries it claimed in one pass. The lease is short so a crashed worker's
 * deliveries are free again within seconds, and it is renewed while the worker is still busy with them
 * (asking for the secret, the HTTP attempt) so a slow send is never picked up by a second worker.
 */
export class DeliveryLease {
  readonly token = randomUUID();
  private readonly held = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private renewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly leaseMs: number,
    private readonly logger: Logger,
  ) {}

  /** `locked_until` as SQL for a fresh or renewed lease. */
  get until(): string {
    return `now() + make_interval(secs => ${this.leaseMs / 1000})`;
  }

  /** Renews the lease of `ids` a few times per lease period until each is let go. */
  hold(ids: readonly string[]): void {
    ids.forEach((id) => this.held.add(id));
    if (this.timer || this.held.size === 0) return;
    this.timer = setInterval(() => this.renew(), Math.max(100, Math.floor(this.leaseMs / 3)));
  }

  /** Stops renewing a delivery once its outcome is written (or the lease was found lost). */
  letGo(id: string): void {
    this.held.delete(id);
    if (this.held.size === 0) this.stop();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private renew(): void {
    // One renewal at a time: a slow database must not stack up UPDATEs.
    this.renewing = this.renewing.then(async () => {
      const ids = [...this.held];
      if (ids.length === 0) return;
      try {
        await this.dataSource.query(
          `UPDATE webhook.deliveries SET locked_until = ${this.until} WHERE id = ANY($1) AND lease_token = $2`,
          [ids, this.token],
        );
      } catch (error) {
        this.logger.warn({ err: error, deliveries: ids.length }, 'could not renew the delivery lease; will try again');
      }
    });
  }
}
