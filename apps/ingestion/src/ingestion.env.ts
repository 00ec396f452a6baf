import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';

export class IngestionEnv extends BaseEnv {
  /** Jobs still pending this long after their attempt started are failed with a timeout reason. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(7 * 24 * 3600)
  CALLSIGHT_JOB_TIMEOUT_SECONDS: number = 3600;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  CALLSIGHT_JOB_SWEEP_INTERVAL_MS: number = 30_000;

  /** How long a retried request with the same Idempotency-Key gets the first response back (Stripe keeps keys a day too). */
  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(30 * 24 * 3600)
  CALLSIGHT_IDEMPOTENCY_KEY_TTL_SECONDS: number = 24 * 3600;
}

export const ingestionSettingsFrom = (
  env: Pick<
    IngestionEnv,
    'CALLSIGHT_JOB_TIMEOUT_SECONDS' | 'CALLSIGHT_JOB_SWEEP_INTERVAL_MS' | 'CALLSIGHT_IDEMPOTENCY_KEY_TTL_SECONDS'
  >,
) => ({
  housekeeping: {
    jobTimeoutSeconds: env.CALLSIGHT_JOB_TIMEOUT_SECONDS,
    idempotencyKeyTtlSeconds: env.CALLSIGHT_IDEMPOTENCY_KEY_TTL_SECONDS,
    sweepIntervalMs: env.CALLSIGHT_JOB_SWEEP_INTERVAL_MS,
  },
});
