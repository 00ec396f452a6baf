import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  AlgorithmIdParam,
  AlgorithmList,
  AlgorithmRef,
  AlgorithmVariablesView,
  AlgorithmView,
  CopyAlgorithmCommand,
  CopyAlgorithmRequest,
  ListAlgorithmsQuery,
  PatchAlgorithmVariablesCommand,
  PatchAlgorithmVariablesRequest,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Algorithms')
@Controller('api/v1/algorithms')
export class AlgorithmsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'listAlgorithms',
    summary: "The built-in algorithms and the workspace's copies, with their variable and output schemas",
  })
  @ApiOkResponse({ type: AlgorithmList })
  @ApiProblems(400, 403)
  list(@RequestContext() context: WorkspaceContext, @Query() query: ListAlgorithmsQuery): Promise<AlgorithmList> {
    return this.rpc.request(Subjects.scoring.listAlgorithms, context, query);
  }

  @Get(':id')
  @RequireScopes('config:read')
  @ApiOperation({ operationId: 'getAlgorithm', summary: 'One algorithm as the workspace sees it' })
  @ApiOkResponse({ type: AlgorithmView })
  @ApiProblems(400, 403, 404)
  get(@RequestContext() context: WorkspaceContext, @Param() params: AlgorithmIdParam): Promise<AlgorithmView> {
    const ref: AlgorithmRef = { algorithmId: params.id };
    return this.rpc.request(Subjects.scoring.getAlgorithm, context, ref);
  }

  @Get(':id/variables')
  @RequireScopes('config:read')
  @ApiOperation({
    operationId: 'getAlgorithmVariables',
    summary: "The workspace's variables of an algorithm, what a run uses, and every version",
  })
  @ApiOkResponse({ type: AlgorithmVariablesView })
  @ApiProblems(400, 403, 404)
  variables(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmIdParam,
  ): Promise<AlgorithmVariablesView> {
    const ref: AlgorithmRef = { algorithmId: params.id };
    return this.rpc.request(Subjects.scoring.getAlgorithmVariables, context, ref);
  }

  @Patch(':id/variables')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'updateAlgorithmVariables',
    summary: "Change the workspace's variables of an algorithm",
    description:
      "Merged into the current values (JSON merge patch) and checked against the algorithm's variables schema; each change is a new version. Runs record the values they used.",
  })
  @ApiOkResponse({ type: AlgorithmVariablesView })
  @ApiProblems(400, 403, 404)
  patchVariables(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmIdParam,
    @Body() body: PatchAlgorithmVariablesRequest,
  ): Promise<AlgorithmVariablesView> {
    const command: PatchAlgorithmVariablesCommand = { algorithmId: params.id, variables: body.variables };
    return this.rpc.request(Subjects.scoring.patchAlgorithmVariables, context, command);
  }

  @Post(':id/copy')
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'copyAlgorithm',
    summary: 'Make a workspace-owned copy of an algorithm',
    description:
      "The copy runs the same code under its own id, with its own variables (starting from the source's) and its own version history starting at 1. Its runs record the copy's id and version.",
  })
  @ApiCreatedResponse({ type: AlgorithmView })
  @ApiProblems(400, 403, 404, 409)
  copy(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmIdParam,
    @Body() body: CopyAlgorithmRequest,
  ): Promise<AlgorithmView> {
    const command: CopyAlgorithmCommand = { algorithmId: params.id, ...body };
    return this.rpc.request(Subjects.scoring.copyAlgorithm, context, command);
  }

  @Post(':id/deprecate')
  @HttpCode(200)
  @RequireScopes('config:write')
  @ApiOperation({
    operationId: 'deprecateAlgorithm',
    summary: 'Stop running an algorithm for new jobs',
    description: 'Its past runs stay readable, and it still runs where another algorithm needs its output.',
  })
  @ApiOkResponse({ type: AlgorithmView })
  @ApiProblems(400, 403, 404)
  deprecate(@RequestContext() context: WorkspaceContext, @Param() params: AlgorithmIdParam): Promise<AlgorithmView> {
    const ref: AlgorithmRef = { algorithmId: params.id };
    return this.rpc.request(Subjects.scoring.deprecateAlgorithm, context, ref);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequireScopes('config:write')
  @ApiOperation({ operationId: 'restoreAlgorithm', summary: 'Run a deprecated algorithm for new jobs again' })
  @ApiOkResponse({ type: AlgorithmView })
  @ApiProblems(400, 403, 404)
  restore(@RequestContext() context: WorkspaceContext, @Param() params: AlgorithmIdParam): Promise<AlgorithmView> {
    const ref: AlgorithmRef = { algorithmId: params.id };
    return this.rpc.request(Subjects.scoring.restoreAlgorithm, context, ref);
  }
}
