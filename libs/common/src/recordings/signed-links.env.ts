import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { BaseEnv } from '../config';
import { DEFAULT_RECORDING_URL_TTL_SECONDS, RecordingUrlSettings } from './recording-links';

/** Compose passes an unset variable as ''; it means unset. */
const EmptyIsUnset = () => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/**
 * The settings every service that seals secrets or signs and checks recording URLs reads alike (the
 * gateway and the webhook service), declared once so the two cannot drift apart.
 */
export class SignedLinksEnv extends BaseEnv {
  /**
   * 32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`). The webhook service seals endpoints'
   * secrets and credentials with it; the gateway seals a submission's `webhook_auth_header_value`; both
   * derive the recording-URL key from it. Unset: those features are refused or off.
   */
  @EmptyIsUnset()
  @IsOptional()
  @Matches(/^(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, {
    message: 'CALLSIGHT_SECRETS_KEY must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)',
  })
  CALLSIGHT_SECRETS_KEY?: string;

  /** Where the gateway is reached from outside (https://callsight.example.com): the base of recording URLs. Unset: they are null. */
  @EmptyIsUnset()
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'CALLSIGHT_PUBLIC_URL must be an http(s) URL without a query or fragment (https://callsight.example.com)',
  })
  CALLSIGHT_PUBLIC_URL?: string;

  /** How long a recording URL works after it is made; keep it well past the webhook retry schedule (about 3 days). */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(365 * 24 * 3600)
  CALLSIGHT_RECORDING_URL_TTL_SECONDS: number = DEFAULT_RECORDING_URL_TTL_SECONDS;
}

export const recordingUrlSettingsFrom = (env: SignedLinksEnv): RecordingUrlSettings => ({
  publicUrl: env.CALLSIGHT_PUBLIC_URL ?? null,
  ttlSeconds: env.CALLSIGHT_RECORDING_URL_TTL_SECONDS,
  secretsKey: env.CALLSIGHT_SECRETS_KEY ?? null,
});
