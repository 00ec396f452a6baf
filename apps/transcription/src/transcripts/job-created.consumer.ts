import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, JobCreatedEvent, JobRetryRequestedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { TranscriptionOutcome, TranscriptsService } from './transcripts.service';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';

/** New calls and requeued ones are transcribed; reruns announce the existing transcript again. */
@Injectable()
export class JobCreatedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly transcripts: TranscriptsService,
    @Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const work = (event: EventEnvelope) => this.transcripts.work(event as EventEnvelope<JobCreatedEvent>);
    const record = (
      event: EventEnvelope,
      manager: Parameters<TranscriptsService['record']>[1],
      outcome: TranscriptionOutcome,
    ) => this.transcripts.record(event as EventEnvelope<JobCreatedEvent>, manager, outcome);
    const giveUp = (event: EventEnvelope, manager: Parameters<TranscriptsService['giveUp']>[1], error: unknown) =>
      this.transcripts.giveUp(event as EventEnvelope<JobCreatedEvent>, manager, error);
    // Recognition is slow: wait up to 30 minutes per attempt, a few attempts, few at once per replica.
    const slow = { maxDeliver: 4, backoffMs: [5_000, 30_000, 120_000], concurrency: this.settings.jobsAtOnce };
    await this.consumers.consumeWithWork(
      { durable: 'transcription-job-created', type: EventTypes.jobCreated, ...slow },
      work,
      record,
      giveUp,
    );
    await this.consumers.consumeWithWork(
      { durable: 'transcription-job-requeued', type: EventTypes.jobRequeued, ...slow },
      work,
      record,
      giveUp,
    );
    await this.consumers.consume(
      { durable: 'transcription-job-rerun', type: EventTypes.jobRerunRequested },
      (event, manager) => this.transcripts.replay(event as EventEnvelope<JobRetryRequestedEvent>, manager),
    );
  }
}
