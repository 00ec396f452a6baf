import { Type } from 'class-transformer';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';

export class IngestionEnv extends BaseEnv {
  /** Jobs still queued, transcribing or analyzing this long after their attempt started are failed with a timeout reason. */
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

  /** A queued job nobody picked up for this long has its job.created (or job.requeued) published again. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  CALLSIGHT_WATCHDOG_QUEUED_SECONDS: number = 120;

  /** Above one transcription consumer attempt (30 min), so a slow recognition is not started twice. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  CALLSIGHT_WATCHDOG_TRANSCRIBING_FLOOR_SECONDS: number = 2400;

  /** Long calls may transcribe longer: this many seconds per second of audio, when above the floor. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(100)
  CALLSIGHT_WATCHDOG_TRANSCRIBING_SECONDS_PER_AUDIO_SECOND: number = 2;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  CALLSIGHT_WATCHDOG_ANALYZING_SECONDS: number = 300;

  /** Silence while delivering: the webhook schedule's longest gap is 24 h, and every failed attempt is progress. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 3600)
  CALLSIGHT_WATCHDOG_DELIVERING_SECONDS: number = 26 * 3600;

  /** Re-drives of one stage, each after twice the wait of the one before, before the job fails naming the stage. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  CALLSIGHT_WATCHDOG_MAX_REDRIVES: number = 3;
}

export const ingestionSettingsFrom = (env: IngestionEnv) => ({
  housekeeping: {
    jobTimeoutSeconds: env.CALLSIGHT_JOB_TIMEOUT_SECONDS,
    idempotencyKeyTtlSeconds: env.CALLSIGHT_IDEMPOTENCY_KEY_TTL_SECONDS,
    sweepIntervalMs: env.CALLSIGHT_JOB_SWEEP_INTERVAL_MS,
    watchdog: {
      queuedSeconds: env.CALLSIGHT_WATCHDOG_QUEUED_SECONDS,
      transcribingFloorSeconds: env.CALLSIGHT_WATCHDOG_TRANSCRIBING_FLOOR_SECONDS,
      transcribingSecondsPerAudioSecond: env.CALLSIGHT_WATCHDOG_TRANSCRIBING_SECONDS_PER_AUDIO_SECOND,
      analyzingSeconds: env.CALLSIGHT_WATCHDOG_ANALYZING_SECONDS,
      deliveringSeconds: env.CALLSIGHT_WATCHDOG_DELIVERING_SECONDS,
      maxRedrives: env.CALLSIGHT_WATCHDOG_MAX_REDRIVES,
    },
  },
});
