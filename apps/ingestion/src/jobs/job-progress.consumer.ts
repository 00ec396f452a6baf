import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, WebhookAttemptFailedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { STATUS_AFTER_EVENT } from './job-state-machine';
import { JobProgressService } from './job-progress.service';

/** Follows every stage's events and advances the job they are about. */
@Injectable()
export class JobProgressConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly jobs: JobProgressService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const stageEvents = Object.keys(STATUS_AFTER_EVENT) as Array<keyof typeof STATUS_AFTER_EVENT>;
    for (const type of stageEvents) {
      await this.consumers.consume({ durable: `ingestion-${type.replace('.', '-')}`, type }, (event, manager) =>
        this.jobs.applyStageEvent(event, manager),
      );
    }
    await this.consumers.consume(
      { durable: 'ingestion-webhook-attempt-failed', type: EventTypes.webhookAttemptFailed },
      (event, manager) => this.jobs.recordDeliveryAttempt(event as EventEnvelope<WebhookAttemptFailedEvent>, manager),
    );
  }
}
