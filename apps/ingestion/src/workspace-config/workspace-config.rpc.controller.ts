import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  IngestionConfigView,
  TranscriptionConfigView,
  PatchConfigSectionCommand,
  ResolvedWorkspaceConfig,
  Subjects,
  WebhooksConfigView,
  WorkspaceContext,
} from '@callsight/contracts';
import { WorkspaceConfigService } from './workspace-config.service';

@Controller()
export class WorkspaceConfigRpcController {
  constructor(private readonly config: WorkspaceConfigService) {}

  @MessagePattern(Subjects.ingestion.getWorkspaceConfig)
  resolved(@Payload('context') context: WorkspaceContext): Promise<ResolvedWorkspaceConfig> {
    return this.config.resolved(context.workspaceId);
  }

  @MessagePattern(Subjects.ingestion.patchConfigSection)
  patch(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: PatchConfigSectionCommand,
  ): Promise<WebhooksConfigView | IngestionConfigView | TranscriptionConfigView> {
    return this.config.patch(context, command.section, command.patch);
  }
}
