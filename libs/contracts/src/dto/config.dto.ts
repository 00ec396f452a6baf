import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, Matches, Min, ValidateIf } from 'class-validator';
import { idPattern } from '../ids';
import type { AlgorithmsConfig } from '../config/algorithms.section';
import type { IngestionConfig } from '../config/ingestion.section';
import type { LlmConfig } from '../config/llm.section';
import type { ProcessingConfig } from '../config/processing.section';
import type { TranscriptionConfig } from '../config/transcription.section';
import type { WebhooksConfig } from '../config/webhooks.section';
import { CONFIG_SECTIONS, ConfigSection, ResolvedWorkspaceConfig } from '../config/workspace-config.schema';

export class WorkspaceIdParam {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('ws'), { message: 'workspace_id must be a workspace id (ws_ followed by 26 characters)' })
  workspace_id: string;
}

/** The webhooks section as clients see it; `secret` only in the response of the change that generated or set it. */
export interface WebhooksConfigView extends Omit<WebhooksConfig, 'secret'> {
  has_secret: boolean;
  secret?: string;
}

export interface LlmConfigView extends Omit<LlmConfig, 'api_key'> {
  has_api_key: boolean;
}

export type IngestionConfigView = IngestionConfig;
export type TranscriptionConfigView = TranscriptionConfig;

/** A section of the resolved configuration as a PATCH of it answers. */
export type ConfigSectionView =
  TranscriptionConfig | AlgorithmsConfig | LlmConfigView | WebhooksConfigView | IngestionConfig | ProcessingConfig;

interface VersionFacts {
  workspace_id: string;
  /** Grows by one with every change; 0 before the first. */
  version: number;
  /** When this version was made; null before the first change. */
  updated_at: string | null;
}

/** `GET /config/workspaces/{id}`: what the workspace set, per section (defaults fill the rest), secrets hidden. */
export interface WorkspaceConfigView extends VersionFacts {
  transcription: Partial<TranscriptionConfig>;
  algorithms: Partial<AlgorithmsConfig>;
  llm: Partial<Omit<LlmConfig, 'api_key'>> & { has_api_key: boolean };
  webhooks: Partial<Omit<WebhooksConfig, 'secret'>> & { has_secret: boolean; secret?: string };
  ingestion: Partial<IngestionConfig>;
  processing: Partial<ProcessingConfig>;
}

/** `GET /config/workspaces/{id}/resolved`: every field, defaults merged, secrets hidden. */
export interface ResolvedWorkspaceConfigView extends VersionFacts {
  transcription: TranscriptionConfig;
  algorithms: AlgorithmsConfig;
  llm: LlmConfigView;
  webhooks: WebhooksConfigView;
  ingestion: IngestionConfig;
  processing: ProcessingConfig;
}

/** `ingestion.cmd.config.patch`: the patch is validated against the section's schema by the handler. */
export class PatchConfigSectionCommand {
  @IsIn(CONFIG_SECTIONS)
  section: ConfigSection;

  @IsObject()
  patch: Record<string, unknown>;
}

/** `ingestion.cmd.config.replace`: a whole configuration, validated against the schema by the handler. */
export class ReplaceConfigCommand {
  @IsObject()
  settings: Record<string, unknown>;
}

/** `ingestion.q.config`: without a version, the latest; with a job's version, that version (with the latest secrets). */
export class WorkspaceConfigQuery {
  @IsOptional()
  @ValidateIf((query: WorkspaceConfigQuery) => query.version !== null)
  @IsInt()
  @Min(0)
  version?: number | null;
}

/** What `ingestion.q.config` answers: the resolved configuration of a version, secrets included. */
export interface VersionedWorkspaceConfig extends ResolvedWorkspaceConfig {
  version: number;
}

/** `ingestion.q.config.view`: the configuration as clients see it. */
export class WorkspaceConfigViewQuery {
  @IsOptional()
  @IsBoolean()
  resolved?: boolean;
}
