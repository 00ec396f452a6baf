import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobProgressService } from './job-progress.service';

export interface JobTimeoutSettings {
  timeoutSeconds: number;
  sweepIntervalMs: number;
}
export const JOB_TIMEOUT_SETTINGS = Symbol('JOB_TIMEOUT_SETTINGS');

/** Fails jobs that have been pending longer than the configured timeout, so none waits forever. */
@Injectable()
export class JobTimeoutSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobTimeoutSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly jobs: JobProgressService,
    @Inject(JOB_TIMEOUT_SETTINGS) private readonly settings: JobTimeoutSettings,
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
    this.sweeping = this.jobs
      .failTimedOut(this.settings.timeoutSeconds)
      .then((count) => {
        if (count > 0) this.logger.warn({ count, timeoutSeconds: this.settings.timeoutSeconds }, 'failed timed-out jobs');
      })
      .catch((error: unknown) => this.logger.error({ err: error }, 'timeout sweep failed'))
      .finally(() => (this.sweeping = null));
  }
}
