import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EndpointsRepository } from '../endpoints/endpoints.repository';
import type { DeliveryEntity } from './delivery.entity';

/** The claimed deliveries that may start now, and when the others may. */
export interface Admitted {
  deliveries: DeliveryEntity[];
  /** The send slots the others were postponed to, so the worker looks again then. */
  postponedTo: Date[];
}

interface Postponed {
  id: string;
  at: Date;
}

/**
 * Keeps each endpoint to its `rate_limit`: a claimed delivery starts only with a send slot taken from the
 * endpoint's row in PostgreSQL (shared by every replica); one without a slot is handed back at once, due at
 * the endpoint's next free slot, with its attempts and deferrals untouched and no worker slot held meanwhile.
 */
@Injectable()
export class EndpointRateLimit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endpoints: EndpointsRepository,
  ) {}

  async admit(claimed: readonly DeliveryEntity[], leaseToken: string): Promise<Admitted> {
    const admitted: DeliveryEntity[] = [];
    const postponed: Postponed[] = [];
    // Per endpoint in this batch: unlimited (null), or the next slot still free after those handed out.
    const full = new Map<string, { nextAt: number; intervalMs: number } | null>();
    for (const delivery of claimed) {
      const endpointId = delivery.endpointId;
      const known = endpointId ? full.get(endpointId) : null;
      if (!endpointId || known === null) {
        admitted.push(delivery);
        continue;
      }
      if (known) {
        postponed.push({ id: delivery.id, at: new Date(known.nextAt) });
        known.nextAt += known.intervalMs;
        continue;
      }
      const slot = await this.endpoints.takeSendSlot(delivery.workspaceId, endpointId);
      if (slot.taken) {
        if (!slot.limited) full.set(endpointId, null);
        admitted.push(delivery);
        continue;
      }
      // Later deliveries of this endpoint in the batch queue behind this one instead of all waking at once.
      postponed.push({ id: delivery.id, at: slot.nextAt });
      full.set(endpointId, { nextAt: slot.nextAt.getTime() + slot.intervalMs, intervalMs: slot.intervalMs });
    }
    await this.postpone(postponed, leaseToken);
    return { deliveries: admitted, postponedTo: postponed.map(({ at }) => at) };
  }

  /** Hands deliveries back, due at their slot: neither an attempt nor a deferral is counted. */
  private async postpone(postponed: readonly Postponed[], leaseToken: string): Promise<void> {
    if (postponed.length === 0) return;
    await this.dataSource.query(
      `UPDATE webhook.deliveries d SET locked_until = NULL, lease_token = NULL, next_attempt_at = p.at
         FROM unnest($1::text[], $2::timestamptz[]) AS p(id, at)
        WHERE d.id = p.id AND d.lease_token = $3`,
      [postponed.map(({ id }) => id), postponed.map(({ at }) => at.toISOString()), leaseToken],
    );
  }
}
