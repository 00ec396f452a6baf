/**
 * Fixed histogram grids, the same for every rollup row so rows can be added bin by bin. Percentiles
 * and duration buckets are read from them; the facts table keeps exact values for the slow path.
 */

/** Call durations: 5 s bins up to 10 minutes, 30 s up to an hour, 5 minutes up to 4 hours, then one open bin. */
const DURATION_STEPS: readonly { until: number; step: number }[] = [
  { until: 600, step: 5 },
  { until: 3600, step: 30 },
  { until: 14_400, step: 300 },
];

export const DURATION_BINS = DURATION_STEPS.reduce((bins, { until, step }, index) => {
  const from = index === 0 ? 0 : DURATION_STEPS[index - 1].until;
  return bins + (until - from) / step;
}, 1);

/** The bin (0-based) a duration in seconds falls into. */
export function durationBin(seconds: number): number {
  let bin = 0;
  let from = 0;
  for (const { until, step } of DURATION_STEPS) {
    if (seconds < until) return bin + Math.floor((Math.max(0, seconds) - from) / step);
    bin += (until - from) / step;
    from = until;
  }
  return bin;
}

/** Where bin `bin` starts, in seconds. */
export function durationBinStart(bin: number): number {
  let first = 0;
  let from = 0;
  for (const { until, step } of DURATION_STEPS) {
    const count = (until - from) / step;
    if (bin < first + count) return from + (bin - first) * step;
    first += count;
    from = until;
  }
  return from;
}

/** Whether a bucket may start at `seconds`: only where a bin starts, so bucket counts are exact. */
export const isDurationEdge = (seconds: number): boolean =>
  Number.isInteger(seconds) && seconds >= 0 && durationBinStart(durationBin(seconds)) === seconds;

/** Stage times: bins 10% wide from 1 ms up, so a percentile read from them is within 5% of the exact one. */
const RATIO = 1.1;
export const TIMING_BINS = 200;

export function timingBin(ms: number): number {
  if (ms < 1) return 0;
  return Math.min(TIMING_BINS - 1, 1 + Math.floor(Math.log(ms) / Math.log(RATIO)));
}

/** The geometric middle of a timing bin, in milliseconds: what a percentile falling in it reads as. */
export function timingBinMiddle(bin: number): number {
  if (bin === 0) return 0.5;
  return Math.pow(RATIO, bin - 1) * Math.sqrt(RATIO);
}

/** The value at quantile `q` (0..1) of counts per bin, or null for an empty histogram. */
export function quantileBin(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let bin = 0; bin < counts.length; bin += 1) {
    seen += counts[bin];
    if (seen >= rank) return bin;
  }
  return counts.length - 1;
}
