import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  CreateWebhookEndpointRequest,
  EndpointAttemptPage,
  EndpointAttemptsCommand,
  EndpointAttemptsQuery,
  EndpointIdParam,
  EndpointRecovery,
  EndpointRef,
  RecoverEndpointCommand,
  RecoverEndpointInput,
  Subjects,
  UpdateEndpointCommand,
  UpdateWebhookEndpointRequest,
  WebhookEndpointCreated,
  WebhookEndpointList,
  WebhookEndpointSecret,
  WebhookEndpointView,
  WebhookSecretRotated,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { SavedDestinations } from '../egress/saved-destinations';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Webhooks')
@Controller('api/v1/webhooks/endpoints')
export class WebhookEndpointsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly destinations: SavedDestinations,
  ) {}

  @Get()
  @RequireScopes('config:read')
  @ApiOperation({ operationId: 'listWebhookEndpoints', summary: "The workspace's webhook endpoints" })
  @ApiOkResponse({ type: WebhookEndpointList })
  @ApiProblems(403)
  list(@RequestContext() context: WorkspaceContext): Promise<WebhookEndpointList> {
    return this.rpc.request(Subjects.webhook.listEndpoints, context, {});
  }

  @Post()
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'createWebhookEndpoint',
    summary: 'Add a webhook endpoint; its signing secret is in the answer, this once',
    description:
      'Results go to every enabled endpoint whose format carries the event and whose `event_types` (empty: the format defaults) include it, besides the config section `webhooks` endpoint. A `user:password@` in the URL becomes basic credentials. The URL must reach an allowed destination (the egress guard checks it now and at every request).',
  })
  @ApiCreatedResponse({ type: WebhookEndpointCreated })
  @ApiProblems(400, 403, 409, 413, 415)
  async create(
    @RequestContext() context: WorkspaceContext,
    @Body() body: CreateWebhookEndpointRequest,
  ): Promise<WebhookEndpointCreated> {
    await this.destinations.assertAllowed({ url: body.url });
    return this.rpc.request(Subjects.webhook.createEndpoint, context, body);
  }

  @Get(':id')
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'getWebhookEndpoint',
    summary: 'One webhook endpoint (secrets and credentials never shown)',
  })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: EndpointIdParam): Promise<WebhookEndpointView> {
    const ref: EndpointRef = { endpointId: params.id };
    return this.rpc.request(Subjects.webhook.getEndpoint, context, ref);
  }

  @Patch(':id')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'updateWebhookEndpoint',
    summary: 'Change a webhook endpoint',
    description:
      'Fields left out keep their values; `credentials: null` removes the credentials, new ones replace them.',
  })
  @ApiOkResponse({ type: WebhookEndpointView })
  @ApiProblems(400, 403, 404, 409, 413, 415)
  async update(
    @RequestContext() context: WorkspaceContext,
    @Param() params: EndpointIdParam,
    @Body() body: UpdateWebhookEndpointRequest,
  ): Promise<WebhookEndpointView> {
    await this.destinations.assertAllowed({ url: body.url });
    const command: UpdateEndpointCommand = { endpointId: params.id, changes: body };
    return this.rpc.request(Subjects.webhook.updateEndpoint, context, command);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'deleteWebhookEndpoint',
    summary: 'Remove a webhook endpoint; deliveries already made to it stay in the history',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  async delete(@RequestContext() context: WorkspaceContext, @Param() params: EndpointIdParam): Promise<void> {
    const ref: EndpointRef = { endpointId: params.id };
    await this.rpc.request(Subjects.webhook.deleteEndpoint, context, ref);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'rotateWebhookEndpointSecret',
    summary: 'Give the endpoint a new signing secret, shown once; for 24 hours both sign every request',
  })
  @ApiOkResponse({ type: WebhookSecretRotated })
  @ApiProblems(400, 403, 404, 409)
  rotate(@RequestContext() context: WorkspaceContext, @Param() params: EndpointIdParam): Promise<WebhookSecretRotated> {
    const ref: EndpointRef = { endpointId: params.id };
    return this.rpc.request(Subjects.webhook.rotateEndpointSecret, context, ref);
  }

  @Get(':id/attempts')
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'listWebhookEndpointAttempts',
    summary: 'Every attempt to deliver to this endpoint, newest first: when, the answer or the error, how long',
  })
  @ApiOkResponse({ type: EndpointAttemptPage })
  @ApiProblems(400, 403, 404)
  attempts(
    @RequestContext() context: WorkspaceContext,
    @Param() params: EndpointIdParam,
    @Query() query: EndpointAttemptsQuery,
  ): Promise<EndpointAttemptPage> {
    const command: EndpointAttemptsCommand = { endpointId: params.id, ...query };
    return this.rpc.request(Subjects.webhook.listEndpointAttempts, context, command);
  }

  @Post(':id/recover')
  @HttpCode(202)
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'recoverWebhookEndpoint',
    summary: 'Send again every message to this endpoint that failed in a window (after its outage)',
    description:
      'Each failed message made at or after `since` (within the last 30 days) and before `until` (default now) is sent again under its own webhook-id, with one manual attempt (`trigger: manual` in the attempt log). Enable a disabled endpoint first: its messages are refused while it is disabled. Jobs keep their state.',
  })
  @ApiAcceptedResponse({ type: EndpointRecovery })
  @ApiProblems(400, 403, 404)
  recover(
    @RequestContext() context: WorkspaceContext,
    @Param() params: EndpointIdParam,
    @Body() body: RecoverEndpointInput,
  ): Promise<EndpointRecovery> {
    const command: RecoverEndpointCommand = { endpointId: params.id, ...body };
    return this.rpc.request(Subjects.webhook.recoverEndpoint, context, command);
  }

  @Get(':id/secret')
  @RequireScopes('admin')
  @ApiOperation({
    operationId: 'getWebhookEndpointSecret',
    summary: "The endpoint's current signing secret (admin keys only)",
  })
  @ApiOkResponse({ type: WebhookEndpointSecret })
  @ApiProblems(400, 403, 404, 409)
  secret(
    @RequestContext() context: WorkspaceContext,
    @Param() params: EndpointIdParam,
  ): Promise<WebhookEndpointSecret> {
    const ref: EndpointRef = { endpointId: params.id };
    return this.rpc.request(Subjects.webhook.revealEndpointSecret, context, ref);
  }
}
