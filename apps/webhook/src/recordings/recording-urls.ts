import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RecordingLinks, RecordingUrlSettings } from '@callsight/common/recordings';
import { WEBHOOK_SETTINGS, WebhookSettings } from '../deliveries/webhook-sender';

export const RECORDING_URL_SETTINGS = Symbol('RECORDING_URL_SETTINGS');

/** Seconds from a delivery's first attempt to its last one, on the longest jitter. */
const lastRetryAfterSeconds = (schedule: readonly number[]): number =>
  schedule.reduce((total, seconds) => total + seconds, 0) * 1.1;

/**
 * The recording URL a results payload carries: signed for the job and workspace, expiring after the
 * configured lifetime. A payload is built once and sent again on every retry, so the lifetime has to
 * outlast the retry schedule; a shorter one is warned of at boot.
 */
@Injectable()
export class RecordingUrls implements OnApplicationBootstrap {
  private readonly logger = new Logger(RecordingUrls.name);
  private readonly links: RecordingLinks;

  constructor(
    @Inject(RECORDING_URL_SETTINGS) private readonly settings: RecordingUrlSettings,
    @Inject(WEBHOOK_SETTINGS) private readonly webhook: WebhookSettings,
  ) {
    this.links = new RecordingLinks(settings);
  }

  onApplicationBootstrap(): void {
    const missing = this.links.missing;
    if (missing) this.logger.warn(`${missing}: webhook payloads carry no recording URL (recording_url is null)`);
    else if (this.settings.ttlSeconds < lastRetryAfterSeconds(this.webhook.retryScheduleSeconds))
      this.logger.warn(
        'CALLSIGHT_RECORDING_URL_TTL_SECONDS is shorter than the webhook retry schedule: a late retry will carry an expired recording URL',
      );
  }

  /** Null when the job has no recording, or no URL can be made (no public URL or secrets key). */
  of(workspaceId: string, jobId: string, recordingKey: string | null): string | null {
    return recordingKey ? this.links.urlFor(workspaceId, jobId) : null;
  }
}
