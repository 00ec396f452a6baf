import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { StorageEnv } from '@callsight/common/storage';
import { recordingUrlSettingsFrom, RecordingUrlSettings, SignedLinksEnv } from '@callsight/common/recordings';

export class GatewayEnv extends SignedLinksEnv {
  /** A key that is made to exist, in a workspace named `default`, at start (for scripts and tests). Empty means none (compose passes `${VAR:-}`). */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Matches(/^cs_live_[0-9A-Za-z]{38}$/, {
    message: 'CALLSIGHT_BOOTSTRAP_API_KEY must be a key made by `npm run cli -- keys generate`',
  })
  CALLSIGHT_BOOTSTRAP_API_KEY?: string;

  /** Requests a minute per API key on the native API, unless the workspace has its own limit. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CALLSIGHT_RATE_LIMIT_PER_MINUTE: number = 600;

  /** How long the gateway waits for ingestion to accept a submission (it asks once more before answering 503). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120_000)
  CALLSIGHT_SUBMIT_TIMEOUT_MS: number = 10_000;
  /** The webhook and transcription services' egress allowance, so webhook and audio URLs they would refuse are refused when saved. */
  @IsOptional()
  @IsString()
  CALLSIGHT_EGRESS_ALLOW: string = '';
}

export interface GatewaySettings {
  bootstrapApiKey: string | null;
  rateLimitPerMinute: number;
  submitTimeoutMs: number;
  egressAllow: string;
  /**
   * Seals submissions' webhook auth header values and checks recording URLs' signatures; null:
   * submissions with an auth header are refused, and no recording URL is accepted.
   */
  secretsKey: string | null;
  storage: StorageEnv;
  /** How the vendor read APIs sign recording URLs (the same key and route as the webhook service's). */
  recordingUrls: RecordingUrlSettings;
}

export const gatewaySettingsFrom = (env: GatewayEnv, storage: StorageEnv): GatewaySettings => ({
  bootstrapApiKey: env.CALLSIGHT_BOOTSTRAP_API_KEY ?? null,
  rateLimitPerMinute: env.CALLSIGHT_RATE_LIMIT_PER_MINUTE,
  submitTimeoutMs: env.CALLSIGHT_SUBMIT_TIMEOUT_MS,
  egressAllow: env.CALLSIGHT_EGRESS_ALLOW,
  secretsKey: env.CALLSIGHT_SECRETS_KEY ?? null,
  storage,
  recordingUrls: recordingUrlSettingsFrom(env),
});
