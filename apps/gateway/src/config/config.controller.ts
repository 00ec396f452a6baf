import { applyDecorators, Body, Controller, Get, Param, Patch, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  ConfigSection,
  ConfigSectionView,
  DomainError,
  FieldError,
  patchSettings,
  PatchConfigSectionCommand,
  readSectionPatch,
  relativeToSection,
  ReplaceConfigCommand,
  replaceSettings,
  ResolvedWorkspaceConfigView,
  resolveConfig,
  SECTION_SCHEMAS,
  Subjects,
  WorkspaceConfigView,
  WorkspaceConfigViewQuery,
  WorkspaceContext,
  WorkspaceIdParam,
} from '@callsight/contracts';
import { fieldErrorsProblem, refuseBuiltInKeys } from '@callsight/common/problem';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';
import { configComponent } from '../openapi/config-schemas';
import { SavedDestinations } from '../egress/saved-destinations';

/** A key only ever sees its own workspace; another id is reported as not found so ids cannot be probed. */
function assertOwnWorkspace(context: WorkspaceContext, workspaceId: string): void {
  if (context.workspaceId !== workspaceId) throw DomainError.notFound(`Workspace ${workspaceId}`);
}

const schemaRef = (name: string) => ({ $ref: getSchemaPath(name) });

const examplesOf = (section: ConfigSection) =>
  Object.fromEntries(
    (SECTION_SCHEMAS[section].examples as readonly object[]).map((value, index) => [`example${index + 1}`, { value }]),
  );

/** The route and OpenAPI description of a PATCH of one section. */
const PatchSection = (section: ConfigSection, operationId: string, summary: string) =>
  applyDecorators(
    Patch(section),
    RequireScopes('config:write'),
    ApiOperation({
      operationId,
      summary,
      description: `Merged into what the workspace set as JSON Merge Patch (RFC 7396): a field replaces, null returns it to its default, objects merge, arrays replace. Validated against \`GET /api/v1/config/schema/${section}\`; a change makes a new configuration version. Answers the resolved section.`,
    }),
    ApiBody({ schema: schemaRef(configComponent.patch(section)), examples: examplesOf(section) }),
    ApiOkResponse({ schema: schemaRef(configComponent.view(section)) }),
    ApiProblems(400, 403, 404, 413, 415),
  );

/** Checks a body against the schema before it travels, so a bad one is refused with every field it gets wrong. */
function assertShape(settings: unknown, nameErrors: (errors: FieldError[]) => FieldError[] = (errors) => errors) {
  const check = resolveConfig(settings, { references: false });
  if (!check.ok) throw fieldErrorsProblem(nameErrors(check.errors));
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
    summary: 'Get what the workspace configured, with the version (secrets are never returned)',
    description: 'Each section holds only the fields the workspace set; `…/resolved` has every field with its default.',
  })
  @ApiOkResponse({ schema: schemaRef('WorkspaceConfigView') })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: WorkspaceIdParam): Promise<WorkspaceConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const query: WorkspaceConfigViewQuery = { resolved: false };
    return this.rpc.request(Subjects.ingestion.getWorkspaceConfigView, context, query);
  }

  @Get('resolved')
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'getResolvedWorkspaceConfig',
    summary: 'Get the resolved configuration: defaults merged with what the workspace set (secrets are never returned)',
  })
  @ApiOkResponse({ schema: schemaRef('ResolvedWorkspaceConfigView') })
  @ApiProblems(400, 403, 404)
  resolved(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
  ): Promise<ResolvedWorkspaceConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const query: WorkspaceConfigViewQuery = { resolved: true };
    return this.rpc.request(Subjects.ingestion.getWorkspaceConfigView, context, query);
  }

  @Put()
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'replaceWorkspaceConfig',
    summary: 'Replace the whole configuration',
    description:
      'Sections and fields left out return to their defaults; write-only secrets left out are kept (null removes them). Validated against `GET /api/v1/config/schema`; a change makes a new configuration version. Answers what the workspace now has set, with a generated webhook secret shown once.',
  })
  @ApiBody({
    schema: schemaRef('WorkspaceConfigReplace'),
    examples: {
      example1: {
        value: {
          webhooks: { url: 'https://hooks.example.com/callsight' },
          llm: { base_url: 'http://llm.internal:8000/v1', model: 'qwen2.5-7b-instruct' },
          processing: { short_call_max_seconds: 45 },
        },
      },
    },
  })
  @ApiOkResponse({ schema: schemaRef('WorkspaceConfigView') })
  @ApiProblems(400, 403, 404, 413, 415)
  async replace(
    @RequestContext() context: WorkspaceContext,
    @Param() params: WorkspaceIdParam,
    @Body() body: unknown,
  ): Promise<WorkspaceConfigView> {
    assertOwnWorkspace(context, params.workspace_id);
    const settings = objectBody(body);
    assertShape(replaceSettings({}, settings));
    const section = (name: string) => settings[name] as Record<string, string | null | undefined> | undefined;
    await this.destinations.assertAllowed({
      'webhooks.url': section('webhooks')?.url,
      'llm.base_url': section('llm')?.base_url,
    });
    const command: ReplaceConfigCommand = { settings };
    return this.rpc.request(Subjects.ingestion.replaceConfig, context, command);
  }

  @PatchSection(
    'webhooks',
    'updateWebhookConfig',
    'Set the webhook endpoint and signing secret (results are signed per Standard Webhooks; a secret is generated with the first endpoint and returned once)',
  )
  patchWebhooks(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'webhooks', body);
  }

  @PatchSection('ingestion', 'updateIngestionConfig', 'Set how submissions are handled (duplicate source call ids)')
  patchIngestion(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'ingestion', body);
  }

  @PatchSection(
    'transcription',
    'updateTranscriptionConfig',
    'Choose the speech-to-text engine, model, language, prompt and stereo speaker names',
  )
  patchTranscription(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'transcription', body);
  }

  @PatchSection(
    'algorithms',
    'updateAlgorithmsConfig',
    'Choose the algorithms run for new jobs, and set trackers, scorecards and PII redaction',
  )
  patchAlgorithms(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'algorithms', body);
  }

  @PatchSection('llm', 'updateLlmConfig', 'Set the OpenAI-compatible endpoint, model and key used by LLM algorithms')
  patchLlm(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'llm', body);
  }

  @PatchSection('processing', 'updateProcessingConfig', 'Set the thresholds for missed and short calls')
  patchProcessing(@RequestContext() c: WorkspaceContext, @Param() p: WorkspaceIdParam, @Body() body: unknown) {
    return this.patch(c, p, 'processing', body);
  }

  private async patch(
    context: WorkspaceContext,
    params: WorkspaceIdParam,
    section: ConfigSection,
    body: unknown,
  ): Promise<ConfigSectionView> {
    assertOwnWorkspace(context, params.workspace_id);
    const request = readSectionPatch(section, objectBody(body));
    if (!request.ok) throw fieldErrorsProblem(request.errors);
    assertShape(patchSettings({}, section, request.patch), (errors) => relativeToSection(section, errors));
    const urls = request.patch as Record<string, string | null | undefined>;
    if (section === 'webhooks') await this.destinations.assertAllowed({ url: urls.url });
    if (section === 'llm') await this.destinations.assertAllowed({ base_url: urls.base_url });
    const command: PatchConfigSectionCommand = { section, patch: body as Record<string, unknown> };
    return this.rpc.request(Subjects.ingestion.patchConfigSection, context, command);
  }
}

/** Config bodies are JSON objects; keys named after Object.prototype members are refused as on every route. */
function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw fieldErrorsProblem([{ field: 'body', message: 'must be a JSON object' }]);
  refuseBuiltInKeys(body);
  return body as Record<string, unknown>;
}
