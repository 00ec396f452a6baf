import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateWebhookEndpointRequest,
  EndpointRef,
  Subjects,
  UpdateEndpointCommand,
  WebhookEndpointCreated,
  WebhookEndpointList,
  WebhookEndpointSecret,
  WebhookEndpointView,
  WebhookSecretRotated,
  WorkspaceContext,
} from '@callsight/contracts';
import { EndpointsService } from './endpoints.service';

@Controller()
export class EndpointsRpcController {
  constructor(private readonly endpoints: EndpointsService) {}

  @MessagePattern(Subjects.webhook.listEndpoints)
  list(@Payload('context') context: WorkspaceContext): Promise<WebhookEndpointList> {
    return this.endpoints.list(context.workspaceId);
  }

  @MessagePattern(Subjects.webhook.getEndpoint)
  get(@Payload('context') context: WorkspaceContext, @Payload('data') ref: EndpointRef): Promise<WebhookEndpointView> {
    return this.endpoints.get(context.workspaceId, ref.endpointId);
  }

  @MessagePattern(Subjects.webhook.createEndpoint)
  create(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') request: CreateWebhookEndpointRequest,
  ): Promise<WebhookEndpointCreated> {
    return this.endpoints.create(context.workspaceId, request);
  }

  @MessagePattern(Subjects.webhook.updateEndpoint)
  update(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: UpdateEndpointCommand,
  ): Promise<WebhookEndpointView> {
    return this.endpoints.update(context.workspaceId, command.endpointId, command.changes);
  }

  @MessagePattern(Subjects.webhook.deleteEndpoint)
  async delete(@Payload('context') context: WorkspaceContext, @Payload('data') ref: EndpointRef): Promise<object> {
    await this.endpoints.delete(context.workspaceId, ref.endpointId);
    return {};
  }

  @MessagePattern(Subjects.webhook.rotateEndpointSecret)
  rotate(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') ref: EndpointRef,
  ): Promise<WebhookSecretRotated> {
    return this.endpoints.rotateSecret(context.workspaceId, ref.endpointId);
  }

  @MessagePattern(Subjects.webhook.revealEndpointSecret)
  secret(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') ref: EndpointRef,
  ): Promise<WebhookEndpointSecret> {
    return this.endpoints.revealSecret(context.workspaceId, ref.endpointId);
  }
}
