import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobProgressService } from '../jobs/job-progress.service';
import { SubmissionsService } from '../calls/submissions.service';
import { StageWatchdog, WatchdogSettings } from './stage-watchdog';

export interface HousekeepingSettings {
  jobTimeoutSeconds: number;
  watchdog: WatchdogSettings;
  idempotencyKeyTtlSeconds: number;
  sweepIntervalMs: number;
}
export const HOUSEKEEPING_SETTINGS = Symbol('HOUSEKEEPING_SETTINGS');

/**
 * Runs on every replica: re-drives jobs whose stage went silent, fails jobs pending past the timeout,
 * so none waits forever, and forgets
 * Idempotency-Keys past their lifetime, so the table does not grow without end. Both take rows
 * with SKIP LOCKED or in bounded batches, so replicas sweeping at once do not collide.
 */
@Injectable()
export class HousekeepingSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(HousekeepingSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly jobs: JobProgressService,
    private readonly submissions: SubmissionsService,
    private readonly watchdog: StageWatchdog,
    @Inject(HOUSEKEEPING_SETTINGS) private readonly settings: HousekeepingSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.sweep(), this.settings.sweepIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping;
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.sweepOnce()
      .catch((error: unknown) => this.logger.error({ err: error }, 'housekeeping sweep failed'))
      .finally(() => (this.sweeping = null));
  }

  private async sweepOnce(): Promise<void> {
    const watched = await this.watchdog.check(this.settings.watchdog);
    if (watched.redriven + watched.failed > 0) this.logger.warn(watched, 'watchdog re-drove or failed silent jobs');
    const timedOut = await this.jobs.failTimedOut(this.settings.jobTimeoutSeconds);
    if (timedOut > 0)
      this.logger.warn({ count: timedOut, timeoutSeconds: this.settings.jobTimeoutSeconds }, 'failed timed-out jobs');
    const forgotten = await this.submissions.forgetIdempotencyKeys(this.settings.idempotencyKeyTtlSeconds);
    if (forgotten > 0) this.logger.log({ count: forgotten }, 'forgot expired Idempotency-Keys');
  }
}
