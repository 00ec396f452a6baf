import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  EndpointAttemptPage,
  EndpointAttemptsCommand,
  JobDeliveriesQuery,
  Subjects,
  WebhookDeliveryList,
  WorkspaceContext,
} from '@callsight/contracts';
import { DeliveryHistoryService } from './delivery-history.service';

@Controller()
export class DeliveryHistoryRpcController {
  constructor(private readonly history: DeliveryHistoryService) {}

  @MessagePattern(Subjects.webhook.listJobDeliveries)
  jobDeliveries(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: JobDeliveriesQuery,
  ): Promise<WebhookDeliveryList> {
    return this.history.jobDeliveries(context.workspaceId, query.jobId);
  }

  @MessagePattern(Subjects.webhook.listEndpointAttempts)
  endpointAttempts(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: EndpointAttemptsCommand,
  ): Promise<EndpointAttemptPage> {
    return this.history.endpointAttempts(context.workspaceId, command);
  }
}
