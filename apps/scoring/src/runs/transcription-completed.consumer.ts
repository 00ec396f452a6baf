import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventEnvelope, EventTypes, TranscriptionCompletedEvent } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { RunsService, ScoringWork } from './runs.service';

type Completed = EventEnvelope<TranscriptionCompletedEvent>;

/** Scores a transcript outside any transaction (an LLM call can take seconds), then records the runs once. */
@Injectable()
export class TranscriptionCompletedConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly runs: RunsService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.consumers.consumeWithWork<ScoringWork>(
      { durable: 'scoring-transcription-completed', type: EventTypes.transcriptionCompleted },
      (event) => this.runs.scoreTranscript(event as Completed),
      (event, manager, outcomes) => this.runs.recordScoring(event as Completed, manager, outcomes),
    );
  }
}
