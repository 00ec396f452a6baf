import { Body, Controller, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AcceptKeyFrom, RequestContext, RequireScopes } from '@callsight/auth';
import { KendoIngestRequest, KendoIngestResponse, WorkspaceContext } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiSubmissionProblems } from '../../openapi/api-errors.decorator';
import { IDEMPOTENCY_HEADER_DOC } from '../../calls/calls.controller';
import { submitCall } from '../../calls/submit-call';
import type { GatewaySettings } from '../../gateway.env';
import { GATEWAY_SETTINGS } from '../../workspaces/bootstrap-key.service';
import { IdempotencyKey, requestHash } from '../../calls/idempotency';
import { RateLimit } from '../../rate-limits/rate-limit';
import { KendoBodyPipe } from './kendo-body.pipe';
import { SavedDestinations } from '../../egress/saved-destinations';
import { toSubmission } from './kendo-ingest.mapper';

export const KENDO_REQUESTS_PER_MINUTE = 30;

/** Kendo Push API compatibility: existing integrations post here unchanged. */
@ApiTags('Kendo Push API')
@Controller('api/integrations/push-api')
export class KendoController {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    private readonly destinations: SavedDestinations,
  ) {}

  @Post('ingest')
  @HttpCode(201)
  @RequireScopes('calls:write')
  @AcceptKeyFrom({ query: true, body: true })
  @RateLimit({ bucket: 'kendo-push', limitPerMinute: KENDO_REQUESTS_PER_MINUTE })
  @ApiOperation({
    operationId: 'ingestKendoCall',
    summary: 'Submit a call (Kendo Push API)',
    description:
      'Field for field the Kendo Push API: camelCase or snake_case, transcript or audioUrl (audio wins when both are sent), 5 MB body limit, 30 requests a minute per key. The key may also come as ?apiKey= or body apiKey.',
  })
  @ApiSecurity('api-key')
  @ApiQuery({ name: 'apiKey', required: false, description: 'The API key, for platforms that cannot send headers' })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiBody({ type: KendoIngestRequest })
  @ApiCreatedResponse({ type: KendoIngestResponse })
  @ApiSubmissionProblems(400, 403, 413, 415, 422, 429)
  async ingest(
    @RequestContext() context: WorkspaceContext,
    // Readonly<…> keeps the global validation pipe (strict, camelCase only) off this body; KendoBodyPipe validates it.
    @Body(KendoBodyPipe) body: Readonly<KendoIngestRequest>,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<KendoIngestResponse> {
    const { apiKey: _key, ...content } = body;
    const { command, statusReason } = toSubmission(content);
    await this.destinations.assertAllowed({ audioUrl: command.audio_url });
    const idempotency = idempotencyKey
      ? { idempotency_key: idempotencyKey, request_hash: requestHash('kendo/ingest', content) }
      : {};
    const accepted = await submitCall(
      this.rpc,
      context,
      { ...command, ...idempotency },
      response,
      this.settings.submitTimeoutMs,
    );
    const skipped = accepted.status === 'skipped';
    return {
      success: true,
      callId: accepted.call_id,
      jobId: accepted.job_id,
      status: accepted.status,
      processingTriggered: !skipped,
      processingError: null,
      statusReason: skipped
        ? 'skipped: this call was already submitted (the workspace skips duplicates)'
        : statusReason,
    };
  }
}
