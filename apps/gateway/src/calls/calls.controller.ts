import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestContext, RequireScopes } from '@callsight/auth';
import { SubmissionAccepted, SubmitCallCommand, SubmitCallReply, SubmitTranscriptRequest, Subjects, WorkspaceContext } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';
import { IdempotencyKey, requestHash } from './idempotency';

export const IDEMPOTENCY_HEADER_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Makes a retried request safe: the first response is returned again and nothing new is created. Reusing a key with a different body is a 422.',
};

@ApiTags('Calls')
@Controller('api/v1/calls')
export class CallsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('transcript')
  @HttpCode(202)
  @RequireScopes('calls:write')
  @ApiOperation({ summary: 'Submit a transcript for analysis', description: 'Accepts the call and queues a job; results are delivered to the workspace webhook.' })
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @ApiAcceptedResponse({ type: SubmissionAccepted })
  @ApiProblems(400, 403, 413, 415, 422)
  async submitTranscript(
    @RequestContext() context: WorkspaceContext,
    @Body() body: SubmitTranscriptRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionAccepted> {
    const command: SubmitCallCommand = { ...body, source: 'transcript', ...(idempotencyKey ? { idempotency_key: idempotencyKey, request_hash: requestHash('calls/transcript', body) } : {}) };
    return submitCall(this.rpc, context, command, response);
  }
}

/** Sends a submission to ingestion and marks a replayed Idempotency-Key response as such. */
export async function submitCall(rpc: RpcClient, context: WorkspaceContext, command: SubmitCallCommand, response: Response): Promise<SubmissionAccepted> {
  const reply = await rpc.request<SubmitCallReply>(Subjects.ingestion.submitCall, context, command);
  if (reply.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return reply.accepted;
}
