import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  AlgorithmRunIdParam,
  AlgorithmRunView,
  FeedbackRequest,
  FeedbackView,
  RedeliverRunCommand,
  RunRef,
  Subjects,
  SubmitFeedbackCommand,
  WebhookRedelivery,
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

  @Post(':id/redeliver-webhook')
  @HttpCode(202)
  @RequireScopes('jobs:write')
  @ApiOperation({
    operationId: 'redeliverRunWebhook',
    summary: 'Send the webhook messages that carried this run again',
    description:
      "For a pipeline run, its job's results (job.completed and the call events, in each endpoint's format); for an on-demand run, its algorithm_run.completed. The newest message of each event to each endpoint is sent again under its own webhook-id, with one manual attempt (`trigger: manual` in the attempt log), to the endpoint as it is configured now; one still being tried on its schedule is left as it is. The job's state does not change (retry the job with mode `redeliver` for that). 409 when no endpoint took the run's results when it was made.",
  })
  @ApiAcceptedResponse({ type: WebhookRedelivery })
  @ApiProblems(400, 403, 404, 409)
  redeliver(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmRunIdParam,
  ): Promise<WebhookRedelivery> {
    const command: RedeliverRunCommand = { runId: params.id };
    return this.rpc.request(Subjects.webhook.redeliverRun, context, command);
  }
}
