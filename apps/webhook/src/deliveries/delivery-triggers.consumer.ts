import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRetryRequestedEvent,
  ScoringCompletedEvent,
} from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { DeliveriesService } from './deliveries.service';
import { DeliveryWorker } from './delivery.worker';

/** Results and failures become deliveries; the worker is nudged once they are committed. */
@Injectable()
export class DeliveryTriggersConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly deliveries: DeliveriesService,
    private readonly worker: DeliveryWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const afterCommit = () => this.worker.nudge();
    await this.consumers.consumeWithWork(
      { durable: 'webhook-scoring-completed', type: EventTypes.scoringCompleted, afterCommit },
      (event) => this.deliveries.resultMaterial(event as EventEnvelope<ScoringCompletedEvent>),
      (event, manager, material) =>
        this.deliveries.enqueueResult(event as EventEnvelope<ScoringCompletedEvent>, manager, material),
    );
    await this.consumers.consume(
      { durable: 'webhook-job-redelivery', type: EventTypes.jobRedeliveryRequested, afterCommit },
      (event, manager) => this.deliveries.enqueueRedelivery(event as EventEnvelope<JobRetryRequestedEvent>, manager),
    );
    await this.consumers.consume(
      { durable: 'webhook-job-failed', type: EventTypes.jobFailed, afterCommit },
      (event, manager) => this.deliveries.enqueueFailure(event as EventEnvelope<JobFailedEvent>, manager),
    );
  }
}
