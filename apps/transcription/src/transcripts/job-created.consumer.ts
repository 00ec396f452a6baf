import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, JobCreatedEvent, JobRetryRequestedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { TranscriptsService } from './transcripts.service';

/** New calls and requeued ones are transcribed; reruns announce the existing transcript again. */
@Injectable()
export class JobCreatedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly transcripts: TranscriptsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const transcribe = (event: EventEnvelope, manager: Parameters<TranscriptsService['transcribe']>[1]) => this.transcripts.transcribe(event as EventEnvelope<JobCreatedEvent>, manager);
    await this.consumers.consume({ durable: 'transcription-job-created', type: EventTypes.jobCreated }, transcribe);
    await this.consumers.consume({ durable: 'transcription-job-requeued', type: EventTypes.jobRequeued }, transcribe);
    await this.consumers.consume({ durable: 'transcription-job-rerun', type: EventTypes.jobRerunRequested }, (event, manager) =>
      this.transcripts.replay(event as EventEnvelope<JobRetryRequestedEvent>, manager),
    );
  }
}
