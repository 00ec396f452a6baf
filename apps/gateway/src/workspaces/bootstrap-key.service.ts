import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { GatewaySettings } from '../gateway.env';
import { WorkspacesService } from './workspaces.service';

export const GATEWAY_SETTINGS = Symbol('GATEWAY_SETTINGS');
export const DEFAULT_WORKSPACE = 'default';

/** Honours CALLSIGHT_BOOTSTRAP_API_KEY: the `default` workspace holds that key once the gateway is up. */
@Injectable()
export class BootstrapKeyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapKeyService.name);

  constructor(
    private readonly workspaces: WorkspacesService,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.settings.bootstrapApiKey) return;
    const { workspace, created } = await this.workspaces.ensureBootstrapKey(
      DEFAULT_WORKSPACE,
      this.settings.bootstrapApiKey,
    );
    if (created) this.logger.log({ workspaceId: workspace.id }, 'bootstrap API key registered');
  }
}
