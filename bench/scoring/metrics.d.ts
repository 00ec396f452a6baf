// Types of metrics.js for the TypeScript that imports it (its specs, later the bench).

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface BinaryCounts extends Counts {
  tn: number;
}
export interface Scores {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
export interface Pair<T> {
  predicted: T;
  actual: T;
}
export interface Span {
  segment: number;
  start: number;
  end: number;
  type?: string;
}
export interface PiiLabel {
  type: string;
  text: string;
  segment: number;
  offset: number;
}
export interface Booking {
  booked: boolean;
  start: string | null;
}

export function precisionRecallF1(counts: Counts): Scores;
export function countBinary(pairs: Pair<boolean>[]): BinaryCounts;
export function multiclassScores(pairs: Pair<string>[]): {
  perLabel: Record<string, BinaryCounts & Scores>;
  accuracy: number | null;
  macroF1: number | null;
};
export function spanFromLabel(label: PiiLabel): Required<Span>;
export function overlapLength(a: Span, b: Span): number;
export function matchSpans(
  predicted: Span[],
  expected: Span[],
  options?: { minOverlap?: number; sameType?: boolean },
): Counts & { matches: { predicted: number; expected: number }[] };
export function datetimeWithin(predicted: string | null, expected: string | null, toleranceMinutes: number): boolean;
export function countAppointments(pairs: Pair<Booking>[], toleranceMinutes: number): BinaryCounts;
