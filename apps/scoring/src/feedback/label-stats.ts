import type { FeedbackVerdict, LabelStats } from '@callsight/contracts';

/**
 * Where the label is in an output, for the algorithms whose output is a label, by built-in id (a
 * copy uses its base's). Read by the statistics only; the algorithms themselves do not know of it.
 */
export const LABEL_PATHS: Readonly<Record<string, string>> = {
  outcome: 'outcome',
  emergency: 'is_emergency',
  appointment: 'booked',
};

/** Runs with the latest feedback of each, grouped by what they said and what the feedback said. */
export interface LabelledFeedback {
  /** The run's label as text (booleans as true/false); null when the output has none. */
  predicted: string | null;
  verdict: FeedbackVerdict;
  label: string | null;
  /** The corrected value's label as text: the value itself, or the value at the label path of an object. */
  corrected: string | null;
  count: number;
}

/**
 * The right label of a group: the run's own when it was judged correct; else the one the feedback
 * names, or for a yes/no label the other answer; else unknown, and the group is left out.
 */
export function rightLabel(row: LabelledFeedback): string | null {
  if (row.verdict === 'correct') return row.predicted;
  const named = row.label ?? row.corrected;
  if (named !== null) return named;
  if (row.predicted === 'true') return 'false';
  if (row.predicted === 'false') return 'true';
  return null;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole));
/** Shares and scores to three places, as every feedback figure is reported. */
export const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Precision, recall and F1 of each label that was predicted or was right, sorted by label. */
export function labelStats(rows: readonly LabelledFeedback[]): LabelStats[] {
  const known = rows.flatMap((row) => {
    const right = rightLabel(row);
    return right === null ? [] : [{ predicted: row.predicted, right, count: row.count }];
  });
  const labels = new Set(known.flatMap((row) => (row.predicted === null ? [row.right] : [row.right, row.predicted])));
  return [...labels].sort().map((label) => {
    const sum = (keep: (row: (typeof known)[number]) => boolean) =>
      known.filter(keep).reduce((total, row) => total + row.count, 0);
    const truePositives = sum((row) => row.predicted === label && row.right === label);
    const predicted = sum((row) => row.predicted === label);
    const support = sum((row) => row.right === label);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    const f1 = ratio(2 * truePositives, predicted + support);
    return { label, support, predicted, true_positives: truePositives, precision, recall, f1 };
  });
}
