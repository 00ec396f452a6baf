import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  DomainError,
  IngestionConfigPatch,
  IngestionConfigView,
  TranscriptionConfigPatch,
  TranscriptionConfigView,
  PatchConfigSectionCommand,
  ResolvedWorkspaceConfig,
  Subjects,
  WebhooksConfigPatch,
  WebhooksConfigView,
  WorkspaceConfigView,
  WorkspaceContext,
  WorkspaceIdParam,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';
import { SavedDestinations } from '../egress/saved-destinations';

/** A key only ever sees its own workspace; another id is reported as not found so ids cannot be probed. */
function assertOwnWorkspace(context: WorkspaceContext, workspaceId: string): void {
  if (context.workspaceId !== workspaceId) throw DomainError.notFound(`Workspace ${workspaceId}`);
}

@ApiTags('Config')
@Controller('api/v1/config/workspaces/:workspace_id')
export class ConfigController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly destinations: SavedDestinations,
  ) {}

  @Get()
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'getWorkspaceConfig',
    summary: 'Get the workspace configuration (secrets are never returned)',
  })
  @ApiOkResponse({ type: WorkspaceConfigView })
  @ApiProblems(400, 403, 404)
  async get(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
  ): Promise<WorkspaceConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const config = await this.rpc.request<ResolvedWorkspaceConfig>(Subjects.ingestion.getWorkspaceConfig, context, {});
    const { url, enabled, secret } = config.webhooks;
    return {
      workspace_id: params.workspace_id,
      webhooks: { url, enabled, has_secret: secret !== null },
      ingestion: config.ingestion,
      transcription: config.transcription,
    };
  }

  @Patch('webhooks')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'updateWebhookConfig',
    summary: 'Set the webhook endpoint and signing secret',
    description:
      'Results are signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). A secret is generated when the first endpoint is set and returned once in this response.',
  })
  @ApiOkResponse({ type: WebhooksConfigView })
  @ApiProblems(400, 403, 404, 413, 415)
  async patchWebhooks(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
    @Body() patch: WebhooksConfigPatch,
  ): Promise<WebhooksConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    await this.destinations.assertAllowed({ url: patch.url });
    const command: PatchConfigSectionCommand = { section: 'webhooks', patch: { ...patch } };
    return this.rpc.request(Subjects.ingestion.patchConfigSection, context, command);
  }

  @Patch('ingestion')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'updateIngestionConfig',
    summary: 'Set how submissions are handled (duplicate source call ids)',
  })
  @ApiOkResponse({ type: IngestionConfigView })
  @ApiProblems(400, 403, 404, 413, 415)
  patchIngestion(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
    @Body() patch: IngestionConfigPatch,
  ): Promise<IngestionConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const command: PatchConfigSectionCommand = { section: 'ingestion', patch: { ...patch } };
    return this.rpc.request(Subjects.ingestion.patchConfigSection, context, command);
  }

  @Patch('transcription')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'updateTranscriptionConfig',
    summary: 'Choose the speech-to-text engine, model, language, prompt and stereo speaker names',
  })
  @ApiOkResponse({ type: TranscriptionConfigView })
  @ApiProblems(400, 403, 404, 413, 415)
  patchTranscription(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
    @Body() patch: TranscriptionConfigPatch,
  ): Promise<TranscriptionConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const command: PatchConfigSectionCommand = { section: 'transcription', patch: { ...patch } };
    return this.rpc.request(Subjects.ingestion.patchConfigSection, context, command);
  }
}
