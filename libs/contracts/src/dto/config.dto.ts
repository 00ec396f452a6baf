import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';
import { idPattern } from '../ids';

export const CONFIG_SECTIONS = ['webhooks', 'ingestion'] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

export class WorkspaceIdParam {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('ws'), { message: 'workspace_id must be a workspace id (ws_ followed by 26 characters)' })
  workspace_id: string;
}

export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

export class WebhooksConfigPatch {
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uri', description: 'Where results are delivered; null removes the endpoint' })
  @ValidateIf((patch: WebhooksConfigPatch) => patch.url !== null)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  url?: string | null;

  @ApiPropertyOptional({
    description: 'Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes). Omit it to keep the current one; one is generated when none exists.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  })
  @IsOptional()
  @Matches(WEBHOOK_SECRET_PATTERN, { message: 'secret must be whsec_ followed by base64 of 24 to 64 bytes' })
  secret?: string;

  @ApiPropertyOptional({ description: 'Deliveries are paused while false', default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ description: 'Replace the signing secret with a newly generated one' })
  @IsOptional()
  @IsBoolean()
  rotate_secret?: boolean;
}

/** The stored section; `secret` is only ever returned by the change that created it. */
export interface WebhooksConfig {
  url: string | null;
  secret: string | null;
  enabled: boolean;
}

export class WebhooksConfigView {
  @ApiProperty({ type: String, nullable: true })
  url: string | null;
  @ApiProperty()
  enabled: boolean;
  @ApiProperty({ description: 'Whether a signing secret is set' })
  has_secret: boolean;
  @ApiPropertyOptional({ description: 'The signing secret; present only in the response of the change that generated or set it' })
  secret?: string;
}


export const DUPLICATE_POLICIES = ['process', 'skip'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export class IngestionConfigPatch {
  @ApiPropertyOptional({
    enum: DUPLICATE_POLICIES,
    description: 'What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)',
  })
  @IsOptional()
  @IsIn(DUPLICATE_POLICIES)
  duplicate_policy?: DuplicatePolicy;
}

export interface IngestionConfig {
  duplicate_policy: DuplicatePolicy;
}

export class IngestionConfigView implements IngestionConfig {
  @ApiProperty({ enum: DUPLICATE_POLICIES }) duplicate_policy: DuplicatePolicy;
}

/** `ingestion.cmd.config.patch`: the patch is validated against its section's class by the handler. */
export class PatchConfigSectionCommand {
  @IsIn(CONFIG_SECTIONS)
  section: ConfigSection;

  @IsObject()
  patch: Record<string, unknown>;
}

/** `ingestion.q.config`: a workspace's configuration as services use it (secrets included; never sent to clients as is). */
export interface ResolvedWorkspaceConfig {
  webhooks: WebhooksConfig;
  ingestion: IngestionConfig;
}

export class WorkspaceConfigView {
  @ApiProperty()
  workspace_id: string;
  @ApiProperty({ type: WebhooksConfigView })
  webhooks: WebhooksConfigView;
  @ApiProperty({ type: IngestionConfigView })
  ingestion: IngestionConfigView;
}
