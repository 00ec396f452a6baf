import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConfigSectionView,
  PatchConfigSectionCommand,
  ReplaceConfigCommand,
  ResolvedWorkspaceConfigView,
  Subjects,
  VersionedWorkspaceConfig,
  WorkspaceConfigQuery,
  WorkspaceConfigView,
  WorkspaceConfigViewQuery,
  WorkspaceContext,
} from '@callsight/contracts';
import { WorkspaceConfigService } from './workspace-config.service';

@Controller()
export class WorkspaceConfigRpcController {
  constructor(private readonly config: WorkspaceConfigService) {}

  /** For services: the resolved configuration with secrets; a job's version when asked for one. */
  @MessagePattern(Subjects.ingestion.getWorkspaceConfig)
  resolved(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: WorkspaceConfigQuery,
  ): Promise<VersionedWorkspaceConfig> {
    return this.config.atVersion(context.workspaceId, query.version);
  }

  /** For clients: the configuration with secrets hidden. */
  @MessagePattern(Subjects.ingestion.getWorkspaceConfigView)
  view(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: WorkspaceConfigViewQuery,
  ): Promise<WorkspaceConfigView | ResolvedWorkspaceConfigView> {
    return this.config.view(context.workspaceId, query.resolved === true);
  }

  @MessagePattern(Subjects.ingestion.patchConfigSection)
  patch(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: PatchConfigSectionCommand,
  ): Promise<ConfigSectionView> {
    return this.config.patch(context.workspaceId, command.section, command.patch);
  }

  @MessagePattern(Subjects.ingestion.replaceConfig)
  replace(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: ReplaceConfigCommand,
  ): Promise<WorkspaceConfigView> {
    return this.config.replace(context.workspaceId, command.settings);
  }
}
