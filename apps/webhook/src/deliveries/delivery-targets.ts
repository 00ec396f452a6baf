import { Injectable } from '@nestjs/common';
import {
  EventEnvelope,
  JobRef,
  ResolvedWorkspaceConfig,
  Subjects,
  WebhookEventType,
  WebhookFormat,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { RpcClient } from '@callsight/messaging';
import { EndpointsService } from '../endpoints/endpoints.service';
import type { WebhookEndpointEntity } from '../endpoints/webhook-endpoint.entity';

/** One place a call's deliveries go: the config section's endpoint (`endpointId` null) or one of the workspace's. */
export interface DeliveryTarget {
  endpointId: string | null;
  url: string;
  format: WebhookFormat;
  /** Empty: every event the format carries. */
  eventTypes: readonly WebhookEventType[];
}

/** Where an event's deliveries go, or why there is nowhere to deliver. */
export type DeliveryTargets = { targets: DeliveryTarget[] } | { skip: string };

/**
 * Finds where a workspace's events go: the config section `webhooks` (or a submission's own
 * `webhook_url`), asked of ingestion, and the enabled endpoints, read here. Call it outside any
 * transaction: it waits on another service.
 */
@Injectable()
export class DeliveryTargetsService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly endpoints: EndpointsService,
  ) {}

  async of(event: EventEnvelope<{ job: JobRef }>): Promise<DeliveryTargets> {
    const [config, enabled] = await Promise.all([
      this.config(event.workspaceId, event.id),
      this.endpoints.enabledOf(event.workspaceId),
    ]);
    return targetsOf(sectionTarget(event.data.job, config), enabled);
  }

  /** For what no job's submission addressed (an on-demand run): the config section's endpoint, not a call's own URL. */
  async ofWorkspace(workspaceId: string, requestId: string): Promise<DeliveryTargets> {
    const [config, enabled] = await Promise.all([
      this.config(workspaceId, requestId),
      this.endpoints.enabledOf(workspaceId),
    ]);
    return targetsOf(sectionTarget({ webhookUrl: null }, config), enabled);
  }

  /** The config section's signing secret, asked of ingestion at each attempt so a rotation takes effect. */
  async sectionSecret(workspaceId: string): Promise<string | null> {
    return (await this.config(workspaceId, newId('req'))).webhooks.secret;
  }

  private config(workspaceId: string, requestId: string): Promise<ResolvedWorkspaceConfig> {
    return this.rpc.request<ResolvedWorkspaceConfig>(
      Subjects.ingestion.getWorkspaceConfig,
      { workspaceId, requestId },
      {},
    );
  }
}

export const endpointTarget = (endpoint: WebhookEndpointEntity): DeliveryTarget => ({
  endpointId: endpoint.id,
  url: endpoint.url,
  format: endpoint.format,
  eventTypes: endpoint.eventTypes,
});

function targetsOf(section: DeliveryTarget | { skip: string }, enabled: WebhookEndpointEntity[]): DeliveryTargets {
  const endpoints = enabled.map(endpointTarget);
  const targets = 'skip' in section ? endpoints : [section, ...endpoints];
  if (targets.length === 0) return { skip: 'skip' in section ? section.skip : 'no webhook endpoint' };
  return { targets };
}

function sectionTarget(
  job: Pick<JobRef, 'webhookUrl'>,
  config: ResolvedWorkspaceConfig,
): DeliveryTarget | { skip: string } {
  const url = job.webhookUrl ?? config.webhooks.url;
  if (!url) return { skip: 'no webhook endpoint is configured for the workspace' };
  if (!config.webhooks.enabled) return { skip: 'webhook deliveries are disabled for the workspace' };
  if (!config.webhooks.secret) return { skip: 'the workspace has no webhook signing secret' };
  return { endpointId: null, url, format: 'native', eventTypes: [] };
}
