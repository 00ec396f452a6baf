/** When the next attempt is due after `attemptsMade` failed ones, or null when the schedule is used up. */
export function nextAttemptDelayMs(scheduleSeconds: readonly number[], attemptsMade: number): number | null {
  const delay = scheduleSeconds[attemptsMade - 1];
  return delay === undefined ? null : delay * 1000;
}

/** Standard Webhooks' suggested schedule: 8 attempts spread over about 27 hours. */
export const DEFAULT_RETRY_SCHEDULE_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 36000];
