import { Injectable } from '@nestjs/common';
import {
  DeliveryAttemptView,
  EndpointAttemptPage,
  EndpointAttemptsCommand,
  WebhookDeliveryList,
  WebhookDeliveryView,
} from '@callsight/contracts';
import { decodeKeysetCursor, encodeKeysetCursor } from '@callsight/common/pagination';
import type { DeliveryAttemptEntity, DeliveryEntity } from '../deliveries/delivery.entity';
import { EndpointsService } from '../endpoints/endpoints.service';
import { DeliveryHistoryRepository, EndpointAttemptRow } from './delivery-history.repository';

const DEFAULT_PAGE = 50;

/** What was sent where, and what each attempt got back: per job, and per endpoint. */
@Injectable()
export class DeliveryHistoryService {
  constructor(
    private readonly history: DeliveryHistoryRepository,
    private readonly endpoints: EndpointsService,
  ) {}

  async jobDeliveries(workspaceId: string, jobId: string): Promise<WebhookDeliveryList> {
    return { data: await this.views(workspaceId, await this.history.jobDeliveries(workspaceId, jobId)) };
  }

  /** Deliveries as the API shows them, each with its attempt log. */
  async views(workspaceId: string, deliveries: readonly DeliveryEntity[]): Promise<WebhookDeliveryView[]> {
    const attempts = await this.history.attemptsOf(
      workspaceId,
      deliveries.map((delivery) => delivery.id),
    );
    return deliveries.map((delivery) => ({
      id: delivery.id,
      job_id: delivery.jobId,
      event_type: delivery.payloadType,
      endpoint_id: delivery.endpointId,
      url: delivery.url,
      status: delivery.status,
      attempts: delivery.attempts,
      next_attempt_at: delivery.status === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
      last_response_status: delivery.lastResponseStatus,
      last_error: delivery.lastError,
      created_at: delivery.createdAt.toISOString(),
      attempt_log: attempts.filter((attempt) => attempt.deliveryId === delivery.id).map(attemptView),
    }));
  }

  async endpointAttempts(workspaceId: string, command: EndpointAttemptsCommand): Promise<EndpointAttemptPage> {
    await this.endpoints.get(workspaceId, command.endpointId);
    const limit = command.limit ?? DEFAULT_PAGE;
    const before = command.cursor ? decodeKeysetCursor(command.cursor, 'att') : undefined;
    const rows = await this.history.endpointAttempts(workspaceId, command.endpointId, limit + 1, before);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      data: page.map((row) => ({
        ...attemptView(row),
        delivery_id: row.deliveryId,
        job_id: row.jobId,
        event_type: row.eventType,
      })),
      next_cursor: rows.length > limit ? encodeKeysetCursor(last.startedAt, last.id) : null,
    };
  }
}

function attemptView(attempt: DeliveryAttemptEntity | EndpointAttemptRow): DeliveryAttemptView {
  return {
    attempt: attempt.attempt,
    started_at: attempt.startedAt.toISOString(),
    trigger: attempt.trigger,
    duration_ms: attempt.durationMs,
    response_status: attempt.responseStatus,
    response_excerpt: attempt.responseExcerpt,
    error: attempt.error,
  };
}
