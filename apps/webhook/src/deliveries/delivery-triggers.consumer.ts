import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRef,
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
    // The endpoint is asked of ingestion before each transaction, so no connection is held while it answers.
    const targetOf = (event: EventEnvelope) => this.deliveries.targetOf(event as EventEnvelope<{ job: JobRef }>);
    await this.consumers.consumeWithWork(
      { durable: 'webhook-scoring-completed', type: EventTypes.scoringCompleted, afterCommit },
      (event) => this.deliveries.resultWork(event as EventEnvelope<ScoringCompletedEvent>),
      (event, manager, work) =>
        this.deliveries.enqueueResult(event as EventEnvelope<ScoringCompletedEvent>, manager, work),
    );
    await this.consumers.consumeWithWork(
      { durable: 'webhook-job-redelivery', type: EventTypes.jobRedeliveryRequested, afterCommit },
      targetOf,
      (event, manager, target) =>
        this.deliveries.enqueueRedelivery(event as EventEnvelope<JobRetryRequestedEvent>, manager, target),
    );
    await this.consumers.consumeWithWork(
      { durable: 'webhook-job-failed', type: EventTypes.jobFailed, afterCommit },
      (event) => this.deliveries.failureTarget(event as EventEnvelope<JobFailedEvent>),
      (event, manager, target) =>
        this.deliveries.enqueueFailure(event as EventEnvelope<JobFailedEvent>, manager, target),
    );
  }
}
