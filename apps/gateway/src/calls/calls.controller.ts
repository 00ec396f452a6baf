import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiHeader,
  ApiOperation,
  ApiTags,
  getSchemaPath,
  ApiExtraModels,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  DomainError,
  ErrorCodes,
  SubmissionAccepted,
  SubmitAudioUrlRequest,
  SubmitCallCommand,
  SubmitTranscriptRequest,
  UploadAudioFields,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import type { GatewaySettings } from '../gateway.env';
import { GATEWAY_SETTINGS } from '../workspaces/bootstrap-key.service';
import { ApiSubmissionProblems } from '../openapi/api-errors.decorator';
import { IdempotencyKey, requestHash } from './idempotency';
import { AudioUploadService } from './audio-upload.service';
import { SavedDestinations } from '../egress/saved-destinations';
import { submitCall } from './submit-call';
import { WebhookAuthSealer } from './webhook-auth-sealer';

export const IDEMPOTENCY_HEADER_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422.',
};

@ApiTags('Calls')
@Controller('api/v1/calls')
export class CallsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly uploads: AudioUploadService,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
    private readonly destinations: SavedDestinations,
    private readonly webhookAuth: WebhookAuthSealer,
  ) {}

  @Post('audio')
  @HttpCode(202)
  @RequireScopes('calls:write')
  @ApiOperation({
    operationId: 'submitAudioUrl',
    summary: 'Submit the URL of a recording for transcription and analysis',
  })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiAcceptedResponse({ type: SubmissionAccepted })
  @ApiSubmissionProblems(400, 403, 413, 415, 422)
  async submitAudioUrl(
    @RequestContext() context: WorkspaceContext,
    @Body() body: SubmitAudioUrlRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionAccepted> {
    await this.destinations.assertAllowed({ audio_url: body.audio_url, webhook_url: body.webhook_url });
    const { rest, hashed, sealFor } = this.webhookAuth.split(body);
    const command: SubmitCallCommand = {
      ...rest,
      source: 'audio_url',
      ...(idempotencyKey ? { idempotency_key: idempotencyKey, request_hash: requestHash('calls/audio', hashed) } : {}),
    };
    return submitCall(this.rpc, context, command, response, this.settings.submitTimeoutMs, sealFor);
  }

  @Post('audio-file')
  @HttpCode(202)
  @RequireScopes('calls:write')
  @ApiOperation({
    operationId: 'uploadAudioFile',
    summary: 'Upload a recording (multipart/form-data) for transcription and analysis',
    description:
      'The file goes in the form field "file" (wav, mp3, m4a, ogg/opus, webm, flac, aac, amr, aiff; recognised by its content, not its name or type); the other fields as in the JSON routes, metadata and algorithm_ids as JSON text. At most CALLSIGHT_UPLOAD_MAX_BYTES (200 MB by default).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiExtraModels(UploadAudioFields)
  @ApiBody({
    schema: {
      allOf: [
        { $ref: getSchemaPath(UploadAudioFields) },
        { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
      ],
    },
  })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiAcceptedResponse({ type: SubmissionAccepted })
  @ApiSubmissionProblems(400, 403, 413, 415, 422)
  async submitAudioFile(
    @RequestContext() context: WorkspaceContext,
    @Req() request: Request,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionAccepted> {
    const { fields, audio } = await this.uploads.receive(request, context.workspaceId);
    try {
      const { rest, hashed, sealFor } = this.webhookAuth.split(fields);
      const idempotency = idempotencyKey
        ? {
            idempotency_key: idempotencyKey,
            request_hash: requestHash('calls/audio-file', { ...hashed, file: audio.sha256 }),
          }
        : {};
      const command: SubmitCallCommand = { ...rest, source: 'audio_file', audio_key: audio.key, ...idempotency };
      await this.destinations.assertAllowed({ webhook_url: fields.webhook_url });
      const accepted = await submitCall(this.rpc, context, command, response, this.settings.submitTimeoutMs, sealFor);
      if (response.getHeader('Idempotent-Replayed')) await this.uploads.discard(audio);
      return accepted;
    } catch (error) {
      // A refused submission leaves no audio behind; when ingestion did not answer, the job may exist, so the audio stays.
      if (error instanceof DomainError && error.code !== ErrorCodes.serviceUnavailable)
        await this.uploads.discard(audio).catch(() => undefined);
      throw error;
    }
  }

  @Post('transcript')
  @HttpCode(202)
  @RequireScopes('calls:write')
  @ApiOperation({
    operationId: 'submitTranscript',
    summary: 'Submit a transcript for analysis',
    description: 'Accepts the call and queues a job; results are delivered to the workspace webhook.',
  })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiAcceptedResponse({ type: SubmissionAccepted })
  @ApiSubmissionProblems(400, 403, 413, 415, 422)
  async submitTranscript(
    @RequestContext() context: WorkspaceContext,
    @Body() body: SubmitTranscriptRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionAccepted> {
    await this.destinations.assertAllowed({ webhook_url: body.webhook_url });
    const { rest, hashed, sealFor } = this.webhookAuth.split(body);
    const command: SubmitCallCommand = {
      ...rest,
      source: 'transcript',
      ...(idempotencyKey
        ? { idempotency_key: idempotencyKey, request_hash: requestHash('calls/transcript', hashed) }
        : {}),
    };
    return submitCall(this.rpc, context, command, response, this.settings.submitTimeoutMs, sealFor);
  }
}
