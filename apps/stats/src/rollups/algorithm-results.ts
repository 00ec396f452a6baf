import type { AlgorithmRunResult } from '@callsight/contracts';

type Output = Record<string, unknown>;

/**
 * One label per job for the algorithms whose finding teams count (rates of emergencies, bookings,
 * missed calls, negative calls). Read from compact outputs; a run whose output did not travel is not counted.
 */
const RESULT_LABELS: Record<string, (output: Output) => string | null> = {
  appointment: (output) => (output.booked === true ? 'booked' : 'none'),
  emergency: (output) => (output.is_emergency === true ? 'detected' : 'none'),
  missed_call: (output) => (output.missed === true ? 'missed' : 'answered'),
  sentiment: (output) => labelOf((output.overall as Output | null | undefined)?.label),
  outcome: (output) => labelOf(output.outcome),
};

const labelOf = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** `<algorithm>:<result>` for each counted algorithm that ran, sorted so equal facts compare equal. */
export function algorithmResultsOf(runs: readonly AlgorithmRunResult[]): string[] {
  const labels = new Set<string>();
  for (const run of runs) {
    const label = run.output ? RESULT_LABELS[run.algorithmId]?.(run.output) : null;
    if (label) labels.add(`${run.algorithmId}:${label}`);
  }
  return [...labels].sort();
}

/** The outcome algorithm's verdict, '' when it did not run. */
export function outcomeOf(runs: readonly AlgorithmRunResult[]): string {
  const run = runs.find((candidate) => candidate.algorithmId === 'outcome');
  return labelOf(run?.output?.outcome) ?? '';
}
