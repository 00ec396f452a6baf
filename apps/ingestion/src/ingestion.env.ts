import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';

export class IngestionEnv extends BaseEnv {
  /** Jobs still pending this long after submission are failed with a timeout reason. */
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
}

export const ingestionSettingsFrom = (env: Pick<IngestionEnv, 'CALLSIGHT_JOB_TIMEOUT_SECONDS' | 'CALLSIGHT_JOB_SWEEP_INTERVAL_MS'>) => ({
  jobTimeout: { timeoutSeconds: env.CALLSIGHT_JOB_TIMEOUT_SECONDS, sweepIntervalMs: env.CALLSIGHT_JOB_SWEEP_INTERVAL_MS },
});
