import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { SignedLinksEnv } from '@callsight/common/recordings';
import { DEFAULT_RETRY_SCHEDULE_SECONDS } from './deliveries/retry-schedule';
import type { WebhookSettings } from './deliveries/webhook-sender';

export class WebhookEnv extends SignedLinksEnv {
  /** Seconds to wait before each retry after a failed attempt; its length is the number of retries. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').map((part) => Number(part.trim())) : value,
  )
  @ArrayMinSize(0)
  @ArrayMaxSize(20)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { each: true })
  @Min(0, { each: true })
  CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: number[] = DEFAULT_RETRY_SCHEDULE_SECONDS;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  CALLSIGHT_WEBHOOK_TIMEOUT_MS: number = 15_000;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  CALLSIGHT_WEBHOOK_POLL_MS: number = 1_000;

  /** How long a claimed delivery stays claimed without renewal: how soon a crashed worker's deliveries go out again. */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(600_000)
  CALLSIGHT_WEBHOOK_LEASE_MS: number = 15_000;

  /** Longest wait before trying a delivery again that was put off because a service it needs was unavailable. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(600_000)
  CALLSIGHT_WEBHOOK_DEFER_MAX_MS: number = 30_000;

  @IsOptional()
  @IsString()
  CALLSIGHT_EGRESS_ALLOW: string = '';

  /** Delivery attempts a replica has in flight at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  CALLSIGHT_WEBHOOK_CONCURRENCY: number = 32;

  /** At most this many of them to one endpoint, so a slow one cannot take the others' slots. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  CALLSIGHT_WEBHOOK_ENDPOINT_CONCURRENCY: number = 8;
}

export const webhookSettingsFrom = (env: WebhookEnv): WebhookSettings => ({
  retryScheduleSeconds: env.CALLSIGHT_WEBHOOK_RETRY_SCHEDULE,
  timeoutMs: env.CALLSIGHT_WEBHOOK_TIMEOUT_MS,
  pollIntervalMs: env.CALLSIGHT_WEBHOOK_POLL_MS,
  leaseMs: env.CALLSIGHT_WEBHOOK_LEASE_MS,
  deferMaxMs: env.CALLSIGHT_WEBHOOK_DEFER_MAX_MS,
  egressAllow: env.CALLSIGHT_EGRESS_ALLOW,
  secretsKey: env.CALLSIGHT_SECRETS_KEY ?? null,
  concurrency: env.CALLSIGHT_WEBHOOK_CONCURRENCY,
  endpointConcurrency: env.CALLSIGHT_WEBHOOK_ENDPOINT_CONCURRENCY,
});
