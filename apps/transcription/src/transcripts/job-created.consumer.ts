import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, JobCreatedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { TranscriptsService } from './transcripts.service';

@Injectable()
export class JobCreatedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly transcripts: TranscriptsService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.consumers.consume({ durable: 'transcription-job-created', type: EventTypes.jobCreated }, (event, manager) =>
      this.transcripts.transcribe(event as EventEnvelope<JobCreatedEvent>, manager),
    );
  }
}
