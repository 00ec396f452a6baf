import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConfigSection,
  IngestionConfig,
  IngestionConfigPatch,
  IngestionConfigView,
  ResolvedWorkspaceConfig,
  TranscriptionConfig,
  TranscriptionConfigPatch,
  TranscriptionConfigView,
  WebhooksConfig,
  WebhooksConfigPatch,
  WebhooksConfigView,
  WorkspaceContext,
} from '@callsight/contracts';
import { validationFailed } from '@callsight/common/problem';
import { WorkspaceConfigEntity } from './workspace-config.entity';
import { DEFAULT_WEBHOOKS, patchWebhooks, webhooksView } from './webhooks-section';

export const DEFAULT_INGESTION: IngestionConfig = { duplicate_policy: 'process' };
export const DEFAULT_TRANSCRIPTION: TranscriptionConfig = {
  engine: null,
  model: null,
  language: null,
  prompt: null,
  stereo_speakers: ['Agent', 'Customer'],
};

const PATCH_CLASSES = {
  webhooks: WebhooksConfigPatch,
  ingestion: IngestionConfigPatch,
  transcription: TranscriptionConfigPatch,
} as const;

/** Checks a patch against its section's class here too, so the command is safe whoever sends it. */
function validPatch<S extends ConfigSection>(
  section: S,
  patch: Record<string, unknown>,
): InstanceType<(typeof PATCH_CLASSES)[S]> {
  const target = PATCH_CLASSES[section] as new () => InstanceType<(typeof PATCH_CLASSES)[S]>;
  const instance = plainToInstance(target, patch);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw validationFailed(errors);
  return instance;
}

@Injectable()
export class WorkspaceConfigService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolved(
    workspaceId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResolvedWorkspaceConfig> {
    const rows = await manager.getRepository(WorkspaceConfigEntity).findBy({ workspaceId });
    const section = (name: ConfigSection) => rows.find((row) => row.section === name)?.value ?? {};
    // The algorithms section (redaction) has no DTO here yet: a stored row passes through as it is.
    const algorithms = rows.find((row) => (row.section as string) === 'algorithms')?.value;
    return {
      webhooks: { ...DEFAULT_WEBHOOKS, ...(section('webhooks') as Partial<WebhooksConfig>) },
      ingestion: { ...DEFAULT_INGESTION, ...(section('ingestion') as Partial<IngestionConfig>) },
      transcription: { ...DEFAULT_TRANSCRIPTION, ...(section('transcription') as Partial<TranscriptionConfig>) },
      ...(algorithms ? { algorithms } : {}),
    };
  }

  async patch(
    context: WorkspaceContext,
    section: ConfigSection,
    patch: Record<string, unknown>,
  ): Promise<WebhooksConfigView | IngestionConfigView | TranscriptionConfigView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `config:${context.workspaceId}:${section}`,
      ]);
      const current = await this.resolved(context.workspaceId, manager);
      if (section === 'webhooks') {
        const { next, revealed } = patchWebhooks(current.webhooks, validPatch('webhooks', patch));
        await this.store(manager, context.workspaceId, section, next);
        return webhooksView(next, revealed);
      }
      if (section === 'transcription') {
        const next: TranscriptionConfig = {
          ...current.transcription,
          ...stripUndefined(validPatch('transcription', patch)),
        };
        await this.store(manager, context.workspaceId, section, next);
        return next;
      }
      const next: IngestionConfig = { ...current.ingestion, ...stripUndefined(validPatch('ingestion', patch)) };
      await this.store(manager, context.workspaceId, section, next);
      return next;
    });
  }

  private async store(
    manager: EntityManager,
    workspaceId: string,
    section: ConfigSection,
    value: object,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ingestion.workspace_config (workspace_id, section, value, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (workspace_id, section) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
      [workspaceId, section, JSON.stringify(value)],
    );
  }
}

const stripUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
