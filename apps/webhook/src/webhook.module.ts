import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { DeliveryAttemptEntity, DeliveryEntity } from './deliveries/delivery.entity';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveryWorker } from './deliveries/delivery.worker';
import { DeliveryTriggersConsumer } from './deliveries/delivery-triggers.consumer';
import { WEBHOOK_SETTINGS, WebhookSender, WebhookSettings } from './deliveries/webhook-sender';
import { InitialWebhookSchema1732480000000 } from './migrations/1732480000000-initial-webhook-schema';
import { DeliveryLease1732700000000 } from './migrations/1732700000000-delivery-lease';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';

export const WEBHOOK_SCHEMA: ServiceSchema = {
  schema: 'webhook',
  entities: [DeliveryEntity, DeliveryAttemptEntity, ...MESSAGING_ENTITIES],
  migrations: [InitialWebhookSchema1732480000000, DeliveryLease1732700000000, EventFailures1732810000000],
};

@Module({})
export class WebhookModule {
  static forRoot(runtime: RuntimeConfig, settings: WebhookSettings): DynamicModule {
    return {
      module: WebhookModule,
      imports: [...serviceInfrastructure(runtime, WEBHOOK_SCHEMA)],
      controllers: [createHealthController('webhook', Subjects.webhook.health)],
      providers: [
        HealthService,
        { provide: WEBHOOK_SETTINGS, useValue: settings },
        WebhookSender,
        DeliveriesService,
        DeliveryWorker,
        DeliveryTriggersConsumer,
      ],
    };
  }
}
