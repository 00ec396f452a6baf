import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import { SubmissionAccepted, SubmitCallCommand, SubmitTranscriptRequest, Subjects, WorkspaceContext } from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Calls')
@Controller('api/v1/calls')
export class CallsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('transcript')
  @HttpCode(202)
  @RequireScopes('calls:write')
  @ApiOperation({ summary: 'Submit a transcript for analysis', description: 'Accepts the call and queues a job; results are delivered to the workspace webhook.' })
  @ApiAcceptedResponse({ type: SubmissionAccepted })
  @ApiProblems(400, 403, 413, 415)
  submitTranscript(@RequestContext() context: WorkspaceContext, @Body() body: SubmitTranscriptRequest): Promise<SubmissionAccepted> {
    const command: SubmitCallCommand = { ...body, source: 'transcript' };
    return this.rpc.request(Subjects.ingestion.submitCall, context, command);
  }
}
