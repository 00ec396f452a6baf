import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  AlgorithmRunCompletedEvent,
  EventEnvelope,
  EventTypes,
  JobFailedEvent,
  JobRetryRequestedEvent,
  ScoringCompletedEvent,
} from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { DeliveriesService } from './deliveries.service';
import { DeliveryTargetsService } from './delivery-targets';
import { DeliveryWorker } from './delivery.worker';

/** Results, failures and on-demand runs become deliveries; the worker is nudged once they are committed. */
@Injectable()
export class DeliveryTriggersConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly deliveries: DeliveriesService,
    private readonly targets: DeliveryTargetsService,
    private readonly worker: DeliveryWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const afterCommit = () => this.worker.nudge();
    // The endpoints are found before each transaction (ingestion is asked for the config section's), so
    // no connection is held while another service answers.
    await this.consumers.consumeWithWork(
      { durable: 'webhook-scoring-completed', type: EventTypes.scoringCompleted, afterCommit },
      (event) => this.deliveries.resultWork(event as EventEnvelope<ScoringCompletedEvent>),
      (event, manager, work) =>
        this.deliveries.enqueueResult(event as EventEnvelope<ScoringCompletedEvent>, manager, work),
    );
    await this.consumers.consumeWithWork(
      { durable: 'webhook-job-redelivery', type: EventTypes.jobRedeliveryRequested, afterCommit },
      (event) => this.deliveries.redeliveryWork(event as EventEnvelope<JobRetryRequestedEvent>),
      (event, manager, work) =>
        this.deliveries.enqueueRedelivery(event as EventEnvelope<JobRetryRequestedEvent>, manager, work),
    );
    await this.consumers.consumeWithWork(
      { durable: 'webhook-job-failed', type: EventTypes.jobFailed, afterCommit },
      (event) => this.deliveries.failureTargets(event as EventEnvelope<JobFailedEvent>),
      (event, manager, targets) =>
        this.deliveries.enqueueFailure(event as EventEnvelope<JobFailedEvent>, manager, targets),
    );
    await this.consumers.consumeWithWork(
      { durable: 'webhook-algorithm-run-completed', type: EventTypes.algorithmRunCompleted, afterCommit },
      (event) => this.deliveries.runWork(event as EventEnvelope<AlgorithmRunCompletedEvent>),
      (event, manager, work) =>
        this.deliveries.enqueueRun(event as EventEnvelope<AlgorithmRunCompletedEvent>, manager, work),
    );
  }
}
