import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ClaimedBatch, DeliveriesService, targetKeyOf } from './deliveries.service';
import type { DeliveryEntity } from './delivery.entity';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-sender';

const MAX_WAKES = 1000;

/**
 * Works off due deliveries as a pool: up to `concurrency` attempts in flight, at most
 * `endpointConcurrency` of them to one endpoint, and a freed slot is filled at once. So a slow endpoint
 * holds only its own slots while every other endpoint's deliveries go on. It looks on a timer, and at
 * once when a delivery is enqueued in this process or an attempt ends.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private wake: { at: number; timer: NodeJS.Timeout } | null = null;
  private readonly wakes: number[] = [];
  private filling: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly perTarget = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly deliveries: DeliveriesService,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.nudge(), this.settings.pollIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wake) clearTimeout(this.wake.timer);
    await this.filling;
    await Promise.allSettled([...this.inFlight]);
  }

  nudge(): void {
    if (this.stopped) return;
    if (this.filling) {
      this.again = true;
      return;
    }
    this.filling = this.fill().finally(() => {
      this.filling = null;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
  }

  private async fill(): Promise<void> {
    try {
      while (!this.stopped && this.inFlight.size < this.settings.concurrency) {
        const busy = [...this.perTarget].filter(([, n]) => n >= this.settings.endpointConcurrency).map(([key]) => key);
        const room = (target: string) => this.settings.endpointConcurrency - (this.perTarget.get(target) ?? 0);
        const batch = await this.deliveries.claimDue(this.settings.concurrency - this.inFlight.size, busy, room);
        this.wakeAt(batch.wakeAts);
        if (batch.deliveries.length === 0) return;
        for (const delivery of batch.deliveries) this.start(batch, delivery);
      }
    } catch (error) {
      this.logger.error({ err: error }, 'claiming due deliveries failed; will retry');
    }
  }

  /**
   * Looks again whenever a delivery put off for its endpoint's rate limit falls due, rather than at the
   * next poll: a limit of many a second would otherwise be held to one batch a poll interval.
   */
  private wakeAt(times: readonly Date[]): void {
    if (this.stopped || times.length === 0) return;
    this.wakes.push(...times.map((time) => time.getTime()));
    this.wakes.sort((a, b) => a - b);
    // Beyond this many, the poll finds the latest ones.
    this.wakes.splice(MAX_WAKES);
    this.armWake();
  }

  private armWake(): void {
    const next = this.wakes[0];
    if (next === undefined || this.stopped || (this.wake && this.wake.at <= next)) return;
    if (this.wake) clearTimeout(this.wake.timer);
    const timer = setTimeout(
      () => {
        this.wake = null;
        const now = Date.now();
        while (this.wakes.length > 0 && this.wakes[0] <= now) this.wakes.shift();
        this.nudge();
        this.armWake();
      },
      Math.max(0, next - Date.now()),
    );
    this.wake = { at: next, timer };
  }

  private start(batch: ClaimedBatch, delivery: DeliveryEntity): void {
    const target = targetKeyOf(delivery);
    this.perTarget.set(target, (this.perTarget.get(target) ?? 0) + 1);
    const attempt: Promise<void> = this.deliveries.attempt(batch, delivery).finally(() => {
      const left = (this.perTarget.get(target) ?? 1) - 1;
      if (left > 0) this.perTarget.set(target, left);
      else this.perTarget.delete(target);
      this.inFlight.delete(attempt);
      this.nudge();
    });
    this.inFlight.add(attempt);
  }
}
