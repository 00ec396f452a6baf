import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EventTypes } from '@callsight/contracts';
import { EventConsumers } from '@callsight/messaging';
import { RollupsService } from './rollups.service';

const COUNTED = [
  EventTypes.scoringCompleted,
  EventTypes.jobCreated,
  EventTypes.jobSkipped,
  EventTypes.jobCompleted,
  EventTypes.jobFailed,
  EventTypes.jobRequeued,
  EventTypes.jobRerunRequested,
  EventTypes.jobRedeliveryRequested,
] as const;

@Injectable()
export class JobEventsConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly rollups: RollupsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const type of COUNTED) {
      await this.consumers.consume({ durable: `stats-${type.replace(/[._]/g, '-')}`, type }, async (event, manager) => {
        await this.rollups.apply(event, manager);
      });
    }
  }
}
