import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { idPattern } from '../ids';

export const CONFIG_SECTIONS = ['webhooks', 'ingestion', 'transcription'] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

export class WorkspaceIdParam {
  @ApiProperty({ example: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('ws'), { message: 'workspace_id must be a workspace id (ws_ followed by 26 characters)' })
  workspace_id: string;
}

export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

export class WebhooksConfigPatch {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'uri',
    description: 'Where results are delivered; null removes the endpoint',
  })
  @ValidateIf((patch: WebhooksConfigPatch) => patch.url !== null)
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  url?: string | null;

  @ApiPropertyOptional({
    description:
      'Standard Webhooks signing secret (whsec_ + base64 of 24 to 64 bytes). Omit it to keep the current one; one is generated when none exists.',
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
  @ApiPropertyOptional({
    description: 'The signing secret; present only in the response of the change that generated or set it',
  })
  secret?: string;
}

export const DUPLICATE_POLICIES = ['process', 'skip'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export class IngestionConfigPatch {
  @ApiPropertyOptional({
    enum: DUPLICATE_POLICIES,
    description:
      'What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)',
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

export const STT_ENGINES = ['pocketsphinx', 'openai_compatible'] as const;
export type SttEngine = (typeof STT_ENGINES)[number];

export class TranscriptionConfigPatch {
  @ApiPropertyOptional({
    enum: STT_ENGINES,
    nullable: true,
    type: String,
    description: 'Speech-to-text engine; null for the deployment default',
  })
  @IsOptional()
  @IsIn([...STT_ENGINES, null])
  engine?: SttEngine | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Model name for the OpenAI-compatible engine (e.g. whisper-1, Systran/faster-whisper-small)',
  })
  @IsOptional()
  @ValidateIf((patch: TranscriptionConfigPatch) => patch.model !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  model?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "Language of the calls (BCP 47, e.g. en or en-US); a call's own language wins",
  })
  @IsOptional()
  @ValidateIf((patch: TranscriptionConfigPatch) => patch.language !== null)
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or en-US' })
  language?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Vocabulary hint for engines that take one (names, products)',
  })
  @IsOptional()
  @ValidateIf((patch: TranscriptionConfigPatch) => patch.prompt !== null)
  @IsString()
  @MaxLength(1000)
  prompt?: string | null;

  @ApiPropertyOptional({
    type: [String],
    description: 'Speaker names of the left and right channel of stereo calls',
    example: ['Agent', 'Customer'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(48, { each: true })
  stereo_speakers?: string[];
}

export interface TranscriptionConfig {
  engine: SttEngine | null;
  model: string | null;
  language: string | null;
  prompt: string | null;
  stereo_speakers: string[];
}

export class TranscriptionConfigView implements TranscriptionConfig {
  @ApiProperty({ enum: STT_ENGINES, nullable: true, type: String }) engine: SttEngine | null;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty({ type: String, nullable: true }) prompt: string | null;
  @ApiProperty({ type: [String] }) stereo_speakers: string[];
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
  transcription: TranscriptionConfig;
}

export class WorkspaceConfigView {
  @ApiProperty()
  workspace_id: string;
  @ApiProperty({ type: WebhooksConfigView })
  webhooks: WebhooksConfigView;
  @ApiProperty({ type: IngestionConfigView })
  ingestion: IngestionConfigView;
  @ApiProperty({ type: TranscriptionConfigView })
  transcription: TranscriptionConfigView;
}
