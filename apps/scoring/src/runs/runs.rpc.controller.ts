import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AlgorithmRuns,
  AlgorithmRunView,
  ListRunsQuery,
  PipelineResults,
  PipelineResultsQuery,
  RunAlgorithmsCommand,
  RunRef,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RunsService } from './runs.service';

@Controller()
export class RunsRpcController {
  constructor(private readonly runs: RunsService) {}

  @MessagePattern(Subjects.scoring.listRuns)
  list(@Payload('context') context: WorkspaceContext, @Payload('data') query: ListRunsQuery): Promise<AlgorithmRuns> {
    return this.runs.list(context, query.jobId);
  }

  @MessagePattern(Subjects.scoring.runAlgorithms)
  run(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: RunAlgorithmsCommand,
  ): Promise<AlgorithmRuns> {
    return this.runs.runOnDemand(context, command);
  }

  @MessagePattern(Subjects.scoring.pipelineResults)
  pipelineResults(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: PipelineResultsQuery,
  ): Promise<PipelineResults> {
    return this.runs.pipelineResults(context, query);
  }

  @MessagePattern(Subjects.scoring.getRun)
  get(@Payload('context') context: WorkspaceContext, @Payload('data') ref: RunRef): Promise<AlgorithmRunView> {
    return this.runs.get(context, ref.runId);
  }
}
