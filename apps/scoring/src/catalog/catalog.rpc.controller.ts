import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AlgorithmList,
  AlgorithmRef,
  AlgorithmVariablesView,
  AlgorithmView,
  CopyAlgorithmCommand,
  ListAlgorithmsCommand,
  PatchAlgorithmVariablesCommand,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { CatalogService } from './catalog.service';

@Controller()
export class CatalogRpcController {
  constructor(private readonly catalog: CatalogService) {}

  @MessagePattern(Subjects.scoring.listAlgorithms)
  list(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: ListAlgorithmsCommand,
  ): Promise<AlgorithmList> {
    return this.catalog.list(context.workspaceId, query);
  }

  @MessagePattern(Subjects.scoring.getAlgorithm)
  get(@Payload('context') context: WorkspaceContext, @Payload('data') ref: AlgorithmRef): Promise<AlgorithmView> {
    return this.catalog.get(context.workspaceId, ref.algorithmId);
  }

  @MessagePattern(Subjects.scoring.getAlgorithmVariables)
  variables(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') ref: AlgorithmRef,
  ): Promise<AlgorithmVariablesView> {
    return this.catalog.variables(context.workspaceId, ref.algorithmId);
  }

  @MessagePattern(Subjects.scoring.patchAlgorithmVariables)
  patchVariables(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: PatchAlgorithmVariablesCommand,
  ): Promise<AlgorithmVariablesView> {
    return this.catalog.patchVariables(context.workspaceId, command.algorithmId, command.variables);
  }

  @MessagePattern(Subjects.scoring.copyAlgorithm)
  copy(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: CopyAlgorithmCommand,
  ): Promise<AlgorithmView> {
    return this.catalog.copy(context.workspaceId, command);
  }

  @MessagePattern(Subjects.scoring.deprecateAlgorithm)
  deprecate(@Payload('context') context: WorkspaceContext, @Payload('data') ref: AlgorithmRef): Promise<AlgorithmView> {
    return this.catalog.setDeprecated(context.workspaceId, ref.algorithmId, true);
  }

  @MessagePattern(Subjects.scoring.restoreAlgorithm)
  restore(@Payload('context') context: WorkspaceContext, @Payload('data') ref: AlgorithmRef): Promise<AlgorithmView> {
    return this.catalog.setDeprecated(context.workspaceId, ref.algorithmId, false);
  }
}
