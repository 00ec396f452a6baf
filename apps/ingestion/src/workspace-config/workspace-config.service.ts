import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ResolvedWorkspaceConfig, WebhooksConfig, WebhooksConfigPatch, WebhooksConfigView, WorkspaceContext } from '@callsight/contracts';
import { WorkspaceConfigEntity } from './workspace-config.entity';
import { DEFAULT_WEBHOOKS, patchWebhooks, webhooksView } from './webhooks-section';

@Injectable()
export class WorkspaceConfigService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolved(workspaceId: string): Promise<ResolvedWorkspaceConfig> {
    const row = await this.dataSource.getRepository(WorkspaceConfigEntity).findOneBy({ workspaceId, section: 'webhooks' });
    return { webhooks: { ...DEFAULT_WEBHOOKS, ...(row?.value as Partial<WebhooksConfig> | undefined) } };
  }

  async patchWebhooks(context: WorkspaceContext, patch: WebhooksConfigPatch): Promise<WebhooksConfigView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(WorkspaceConfigEntity);
      const row = await repository.findOne({ where: { workspaceId: context.workspaceId, section: 'webhooks' }, lock: { mode: 'pessimistic_write' } });
      const current = { ...DEFAULT_WEBHOOKS, ...(row?.value as Partial<WebhooksConfig> | undefined) };
      const { next, revealed } = patchWebhooks(current, patch);
      await manager.query(
        `INSERT INTO ingestion.workspace_config (workspace_id, section, value, updated_at) VALUES ($1, 'webhooks', $2, now())
         ON CONFLICT (workspace_id, section) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
        [context.workspaceId, JSON.stringify(next)],
      );
      return webhooksView(next, revealed);
    });
  }
}
