import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  AlgorithmRunIdParam,
  AlgorithmRunView,
  FeedbackRequest,
  FeedbackView,
  RunRef,
  Subjects,
  SubmitFeedbackCommand,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Algorithm runs')
@Controller('api/v1/algorithm-runs')
export class AlgorithmRunsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id')
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'getAlgorithmRun', summary: 'One algorithm run: what ran, with what, and its output' })
  @ApiOkResponse({ type: AlgorithmRunView })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: AlgorithmRunIdParam): Promise<AlgorithmRunView> {
    const ref: RunRef = { runId: params.id };
    return this.rpc.request(Subjects.scoring.getRun, context, ref);
  }

  @Post(':id/feedback')
  @RequireScopes('jobs:write')
  @ApiOperation({
    operationId: 'submitRunFeedback',
    summary: 'Say whether a run was right, and what it should have said',
    description:
      'A run may be judged more than once; the statistics count its latest verdict. Only succeeded runs can be judged (409 otherwise).',
  })
  @ApiCreatedResponse({ type: FeedbackView })
  @ApiProblems(400, 403, 404, 409)
  feedback(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmRunIdParam,
    @Body() body: FeedbackRequest,
  ): Promise<FeedbackView> {
    const command: SubmitFeedbackCommand = { runId: params.id, ...body };
    return this.rpc.request(Subjects.scoring.submitFeedback, context, command);
  }
}
