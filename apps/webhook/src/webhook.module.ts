import { DynamicModule, Module } from '@nestjs/common';
import { Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { DeliveryAttemptEntity, DeliveryEntity } from './deliveries/delivery.entity';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveryTargetsService } from './deliveries/delivery-targets';
import { FormatRegistry } from './formats/format-registry';
import { DeliveryWorker } from './deliveries/delivery.worker';
import { DeliveryTriggersConsumer } from './deliveries/delivery-triggers.consumer';
import { WEBHOOK_SETTINGS, WebhookSender, WebhookSettings } from './deliveries/webhook-sender';
import { InitialWebhookSchema1732480000000 } from './migrations/1732480000000-initial-webhook-schema';
import { DeliveryLease1732700000000 } from './migrations/1732700000000-delivery-lease';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';
import { WebhookEndpoints1733000000000 } from './migrations/1733000000000-webhook-endpoints';
import { EndpointDisabledReason1733100000000 } from './migrations/1733100000000-endpoint-disabled-reason';
import { DeliveriesByEndpoint1733200000000 } from './migrations/1733200000000-deliveries-by-endpoint';
import { EndpointFailingSince1733300000000 } from './migrations/1733300000000-endpoint-failing-since';
import { ManualRedelivery1733400000000 } from './migrations/1733400000000-manual-redelivery';
import { EndpointRateLimit1733500000000 } from './migrations/1733500000000-endpoint-rate-limit';
import { DeliveryHistoryRepository } from './history/delivery-history.repository';
import { DeliveryHistoryRpcController } from './history/delivery-history.rpc.controller';
import { DeliveryHistoryService } from './history/delivery-history.service';
import { SecretBox } from '@callsight/common/secrets';
import { RedeliveryRepository } from './redelivery/redelivery.repository';
import { RedeliveryRpcController } from './redelivery/redelivery.rpc.controller';
import { RedeliveryService } from './redelivery/redelivery.service';
import type { RecordingUrlSettings } from '@callsight/common/recordings';
import { RECORDING_URL_SETTINGS, RecordingUrls } from './recordings/recording-urls';
import { EndpointsRepository } from './endpoints/endpoints.repository';
import { EndpointsRpcController } from './endpoints/endpoints.rpc.controller';
import { EndpointsService, SECRET_BOX } from './endpoints/endpoints.service';
import { PerRequestAuth } from './deliveries/per-request-auth';
import { EndpointRateLimit } from './deliveries/endpoint-rate-limit';
import { WebhookEndpointEntity } from './endpoints/webhook-endpoint.entity';

export const WEBHOOK_SCHEMA: ServiceSchema = {
  schema: 'webhook',
  entities: [DeliveryEntity, DeliveryAttemptEntity, WebhookEndpointEntity, ...MESSAGING_ENTITIES],
  migrations: [
    InitialWebhookSchema1732480000000,
    DeliveryLease1732700000000,
    EventFailures1732810000000,
    WebhookEndpoints1733000000000,
    EndpointDisabledReason1733100000000,
    DeliveriesByEndpoint1733200000000,
    EndpointFailingSince1733300000000,
    ManualRedelivery1733400000000,
    EndpointRateLimit1733500000000,
  ],
};

@Module({})
export class WebhookModule {
  static forRoot(runtime: RuntimeConfig, settings: WebhookSettings, recordings: RecordingUrlSettings): DynamicModule {
    return {
      module: WebhookModule,
      imports: [...serviceInfrastructure(runtime, WEBHOOK_SCHEMA)],
      controllers: [
        createHealthController('webhook', Subjects.webhook.health),
        EndpointsRpcController,
        DeliveryHistoryRpcController,
        RedeliveryRpcController,
      ],
      providers: [
        HealthService,
        { provide: WEBHOOK_SETTINGS, useValue: settings },
        { provide: RECORDING_URL_SETTINGS, useValue: recordings },
        RecordingUrls,
        { provide: SECRET_BOX, useValue: settings.secretsKey ? SecretBox.fromKeyText(settings.secretsKey) : null },
        EndpointsRepository,
        EndpointsService,
        DeliveryHistoryRepository,
        DeliveryHistoryService,
        WebhookSender,
        FormatRegistry,
        DeliveryTargetsService,
        PerRequestAuth,
        EndpointRateLimit,
        DeliveriesService,
        DeliveryWorker,
        DeliveryTriggersConsumer,
        RedeliveryRepository,
        RedeliveryService,
      ],
    };
  }
}
