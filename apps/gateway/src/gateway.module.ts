import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { API_KEY_VERIFIER, ApiKeyGuard, ScopeGuard } from '@callsight/auth';
import { DEFAULT_PORTS, Subjects } from '@callsight/contracts';
import type { RuntimeConfig } from '@callsight/common/config';
import { createHealthController, HealthService } from '@callsight/common/health';
import { MESSAGING_ENTITIES, serviceInfrastructure } from '@callsight/messaging';
import type { ServiceSchema } from '@callsight/persistence';
import { ApiKeyEntity, WorkspaceEntity } from './workspaces/workspace.entity';
import { WorkspacesService } from './workspaces/workspaces.service';
import { BootstrapKeyService, GATEWAY_SETTINGS } from './workspaces/bootstrap-key.service';
import { AuthController } from './auth/auth.controller';
import { CallsController } from './calls/calls.controller';
import { JobsController } from './jobs/jobs.controller';
import { ConfigController } from './config/config.controller';
import { ConfigSchemaController } from './config/config-schema.controller';
import { StatsController } from './stats/stats.controller';
import { SystemHealthController } from './health/system-health.controller';
import { KendoController } from './integrations/kendo/kendo.controller';
import { AlgorithmsController } from './algorithms/algorithms.controller';
import { WebhookEndpointsController } from './webhooks/webhook-endpoints.controller';
import { AlgorithmRunsController } from './feedback/algorithm-runs.controller';
import { FeedbackController } from './feedback/feedback.controller';
import { AudioUploadService, UPLOAD_SETTINGS } from './calls/audio-upload.service';
import { AUDIO_STORAGE, createAudioStorage, StorageEnv } from '@callsight/common/storage';
import type { GatewaySettings } from './gateway.env';
import { InitialGatewaySchema1732480000000 } from './migrations/1732480000000-initial-gateway-schema';
import { RateLimits1732520000000 } from './migrations/1732520000000-rate-limits';
import { RateLimitGcra1732600000000 } from './migrations/1732600000000-rate-limit-gcra';
import { ApiKeyPlans1733600000000 } from './migrations/1733600000000-api-key-plans';
import { RATE_LIMIT_SETTINGS, RateLimitGuard } from './rate-limits/rate-limit.guard';
import { RATE_LIMIT_CLOCK, RateLimitClock } from './rate-limits/rate-limit';
import { SavedDestinations } from './egress/saved-destinations';
import { WebhookAuthSealer } from './calls/webhook-auth-sealer';
import { DEFAULT_RECORDING_URL_TTL_SECONDS, RecordingSigner } from '@callsight/common/recordings';
import { RecordingsController } from './recordings/recordings.controller';
import { RECORDING_SIGNER, RecordingsService } from './recordings/recordings.service';
import { KestrelController } from './integrations/kestrel/kestrel.controller';
import { KestrelAnalyticsService } from './integrations/kestrel/kestrel-analytics.service';
import { KestrelAppointmentsService } from './integrations/kestrel/kestrel-appointments.service';
import { KestrelCallsService } from './integrations/kestrel/kestrel-calls.service';
import { KridtechController } from './integrations/kridtech/kridtech.controller';
import { KridtechCallsService } from './integrations/kridtech/kridtech-calls.service';
import { VendorCallsReader } from './integrations/vendor-calls/vendor-calls.reader';

export const GATEWAY_SCHEMA: ServiceSchema = {
  schema: 'gateway',
  entities: [WorkspaceEntity, ApiKeyEntity, ...MESSAGING_ENTITIES],
  migrations: [
    InitialGatewaySchema1732480000000,
    RateLimits1732520000000,
    RateLimitGcra1732600000000,
    ApiKeyPlans1733600000000,
  ],
};

/** The HTTP surface: authentication, validation, OpenAPI, and mapping of routes to commands and queries. */
@Module({})
export class GatewayModule {
  static forRoot(runtime: RuntimeConfig, settings: GatewaySettings): DynamicModule {
    return {
      module: GatewayModule,
      imports: [...serviceInfrastructure(runtime, GATEWAY_SCHEMA)],
      controllers: [
        createHealthController('gateway', Subjects.gateway.health),
        AuthController,
        CallsController,
        JobsController,
        AlgorithmsController,
        AlgorithmRunsController,
        FeedbackController,
        ConfigController,
        ConfigSchemaController,
        StatsController,
        SystemHealthController,
        KendoController,
        KestrelController,
        KridtechController,
        WebhookEndpointsController,
        RecordingsController,
      ],
      providers: [
        HealthService,
        WorkspacesService,
        BootstrapKeyService,
        { provide: GATEWAY_SETTINGS, useValue: settings },
        { provide: API_KEY_VERIFIER, useExisting: WorkspacesService },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        // In this order: a known key's request is counted (and told its limit) even when its scopes refuse it.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ScopeGuard },
        { provide: RATE_LIMIT_SETTINGS, useValue: { defaultPerMinute: settings.rateLimitPerMinute } },
        { provide: RATE_LIMIT_CLOCK, useFactory: (): RateLimitClock => ({ now: () => Date.now() }) },
        { provide: AUDIO_STORAGE, useFactory: () => createAudioStorage(settings.storage) },
        { provide: UPLOAD_SETTINGS, useValue: { maxBytes: settings.storage.CALLSIGHT_UPLOAD_MAX_BYTES } },
        AudioUploadService,
        SavedDestinations,
        { provide: WebhookAuthSealer, useFactory: () => WebhookAuthSealer.withKey(settings.secretsKey) },
        { provide: RECORDING_SIGNER, useValue: RecordingSigner.fromSecretsKey(settings.secretsKey) },
        RecordingsService,
        VendorCallsReader,
        KestrelCallsService,
        KestrelAppointmentsService,
        KestrelAnalyticsService,
        KridtechCallsService,
      ],
      exports: [WorkspacesService],
    };
  }

  /** For building the OpenAPI document without connecting to anything. */
  static forDocument(): DynamicModule {
    return GatewayModule.forRoot(
      {
        service: 'gateway',
        databaseUrl: 'postgres://unused/unused',
        bus: { kind: 'in-process' },
        httpPort: DEFAULT_PORTS.gateway,
        logLevel: 'silent',
        ownsProcess: false,
      },
      {
        bootstrapApiKey: null,
        rateLimitPerMinute: 600,
        submitTimeoutMs: 10_000,
        egressAllow: '',
        secretsKey: null,
        storage: new StorageEnv(),
        recordingUrls: { publicUrl: null, ttlSeconds: DEFAULT_RECORDING_URL_TTL_SECONDS, secretsKey: null },
      },
    );
  }
}
