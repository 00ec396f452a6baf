import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, TranscriptionCompletedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { RunsService } from './runs.service';

@Injectable()
export class TranscriptionCompletedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly runs: RunsService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.consumers.consume(
      { durable: 'scoring-transcription-completed', type: EventTypes.transcriptionCompleted },
      (event, manager) => this.runs.scoreTranscript(event as EventEnvelope<TranscriptionCompletedEvent>, manager),
    );
  }
}
