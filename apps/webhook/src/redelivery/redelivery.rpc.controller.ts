import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  EndpointRecovery,
  RecoverEndpointCommand,
  RedeliverRunCommand,
  Subjects,
  WebhookRedelivery,
  WorkspaceContext,
} from '@callsight/contracts';
import { RedeliveryService } from './redelivery.service';

@Controller()
export class RedeliveryRpcController {
  constructor(private readonly redelivery: RedeliveryService) {}

  @MessagePattern(Subjects.webhook.redeliverRun)
  redeliverRun(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: RedeliverRunCommand,
  ): Promise<WebhookRedelivery> {
    return this.redelivery.redeliverRun(context, command.runId);
  }

  @MessagePattern(Subjects.webhook.recoverEndpoint)
  recover(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: RecoverEndpointCommand,
  ): Promise<EndpointRecovery> {
    return this.redelivery.recover(context.workspaceId, command);
  }
}
