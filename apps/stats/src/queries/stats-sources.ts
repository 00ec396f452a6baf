import { Stage, STAGES } from '../rollups/job-facts';

/** Days [from, to] in `zone`; a null end is open. */
export interface Span {
  from: string | null;
  to: string | null;
  zone: string;
}

/** What every stats answer is made of, whichever source summed it. */
export interface Totals {
  created: number;
  completed: number;
  failed: number;
  skipped: number;
  durationCount: number;
  durationMs: number;
  audioMs: number;
  stageMsSum: number[];
  stageCount: number[];
}

export interface StagePercentiles {
  medianMs: number | null;
  p95Ms: number | null;
}

export interface Summary {
  totals: Totals;
  percentiles: Record<Stage, StagePercentiles>;
  /** `dimension` → value → jobs, for direction, outcome and algorithm results. */
  breakdowns: { dimension: 'direction' | 'outcome' | 'algorithm'; value: string; jobs: number }[];
}

export interface DurationCounts {
  /** Calls per bucket, the first starting at 0 and each next at an edge. */
  buckets: number[];
  unknown: number;
}

/** Where an answer is summed from: the rollups (fast, in the zone the jobs were counted in) or each job's facts. */
export interface StatsSource {
  summary(workspaceId: string, span: Span): Promise<Summary>;
  daily(workspaceId: string, span: Span): Promise<Map<string, Totals>>;
  durations(workspaceId: string, span: Span, edges: readonly number[]): Promise<DurationCounts>;
  byOrganization(workspaceId: string, span: Span, limit: number): Promise<{ organizationId: string; totals: Totals }[]>;
}

export const emptyTotals = (): Totals => ({
  created: 0,
  completed: 0,
  failed: 0,
  skipped: 0,
  durationCount: 0,
  durationMs: 0,
  audioMs: 0,
  stageMsSum: STAGES.map(() => 0),
  stageCount: STAGES.map(() => 0),
});

/** One SQL row of sums (bigints arrive as strings) as Totals. */
export function totalsOfRow(row: Record<string, unknown>): Totals {
  const number = (key: string) => Number(row[key] ?? 0);
  const array = (key: string) => STAGES.map((_, index) => Number((row[key] as unknown[] | null)?.[index] ?? 0));
  return {
    created: number('created'),
    completed: number('completed'),
    failed: number('failed'),
    skipped: number('skipped'),
    durationCount: number('duration_count'),
    durationMs: number('duration_ms'),
    audioMs: number('audio_ms'),
    stageMsSum: array('stage_ms_sum'),
    stageCount: array('stage_count'),
  };
}

/**
 * Ranges end before this day: the sources compute the month and the day after a range, which in
 * December 9999 fall outside the calendar PostgreSQL and Date can write.
 */
export const END_OF_CALENDAR = '9999-12-01';

/** Next day of a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
