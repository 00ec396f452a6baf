import { durationBin, TIMING_BINS, timingBin } from './histograms';
import { JobFacts, STAGES } from './job-facts';

export type Period = 'day' | 'month';
export type Dimension = 'all' | 'organization' | 'direction' | 'outcome' | 'algorithm';

export interface RollupKey {
  zone: string;
  period: Period;
  start: string;
  dimension: Dimension;
  value: string;
}

/** What a job adds to one rollup row (negative to take it away). Histograms only on the `all` rows. */
export interface RowDelta {
  key: RollupKey;
  created: number;
  completed: number;
  failed: number;
  skipped: number;
  durationCount: number;
  durationMsSum: number;
  audioMsSum: number;
  /** Per stage, in STAGES order. */
  stageMsSum: number[];
  stageCount: number[];
  /** Sparse: 1-based array position → change. */
  stageHist: Map<number, number>;
  durationHist: Map<number, number>;
}

const keyString = (key: RollupKey) => [key.zone, key.period, key.start, key.dimension, key.value].join('\u0000');

/** The rows a job counts in, and what it adds to each. */
export function contributions(facts: JobFacts): RowDelta[] {
  const day = localDay(facts.createdAt, facts.zone);
  const rows: RowDelta[] = [];
  for (const [period, start] of [
    ['day', day],
    ['month', `${day.slice(0, 7)}-01`],
  ] as const) {
    const dimensions: [Dimension, string][] = [
      ['all', ''],
      ['organization', facts.organizationId],
      ['direction', facts.direction],
      ['outcome', facts.outcome],
      ...facts.results.map((result): [Dimension, string] => ['algorithm', result]),
    ];
    for (const [dimension, value] of dimensions) {
      rows.push(rowOf(facts, { zone: facts.zone, period, start, dimension, value }));
    }
  }
  return rows;
}

function rowOf(facts: JobFacts, key: RollupKey): RowDelta {
  const row = emptyRow(key);
  row.created = 1;
  if (facts.status !== 'in_progress') row[facts.status] = 1;
  if (facts.durationSeconds !== null) {
    row.durationCount = 1;
    row.durationMsSum = Math.round(facts.durationSeconds * 1000);
  }
  row.audioMsSum = Math.round((facts.audioSeconds ?? 0) * 1000);
  if (facts.stageMs) {
    STAGES.forEach((stage, index) => {
      const ms = facts.stageMs?.[stage];
      if (ms === undefined) return;
      row.stageMsSum[index] = Math.round(ms);
      row.stageCount[index] = 1;
      if (key.dimension === 'all') row.stageHist.set(index * TIMING_BINS + timingBin(ms) + 1, 1);
    });
  }
  if (key.dimension === 'all' && facts.durationSeconds !== null) {
    row.durationHist.set(durationBin(facts.durationSeconds) + 1, 1);
  }
  return row;
}

function emptyRow(key: RollupKey): RowDelta {
  return {
    key,
    created: 0,
    completed: 0,
    failed: 0,
    skipped: 0,
    durationCount: 0,
    durationMsSum: 0,
    audioMsSum: 0,
    stageMsSum: STAGES.map(() => 0),
    stageCount: STAGES.map(() => 0),
    stageHist: new Map(),
    durationHist: new Map(),
  };
}

/** Sums what jobs add to each rollup row; rows whose sum is nothing are left out. */
export class RollupSum {
  private readonly rows = new Map<string, RowDelta>();

  add(facts: JobFacts, sign: 1 | -1 = 1): this {
    for (const delta of contributions(facts)) this.addRow(delta, sign);
    return this;
  }

  changedRows(): RowDelta[] {
    return [...this.rows.values()].filter(changes);
  }

  private addRow(delta: RowDelta, sign: 1 | -1): void {
    const id = keyString(delta.key);
    const row = this.rows.get(id) ?? emptyRow(delta.key);
    row.created += sign * delta.created;
    row.completed += sign * delta.completed;
    row.failed += sign * delta.failed;
    row.skipped += sign * delta.skipped;
    row.durationCount += sign * delta.durationCount;
    row.durationMsSum += sign * delta.durationMsSum;
    row.audioMsSum += sign * delta.audioMsSum;
    delta.stageMsSum.forEach((ms, index) => (row.stageMsSum[index] += sign * ms));
    delta.stageCount.forEach((count, index) => (row.stageCount[index] += sign * count));
    for (const [position, count] of delta.stageHist) bump(row.stageHist, position, sign * count);
    for (const [position, count] of delta.durationHist) bump(row.durationHist, position, sign * count);
    this.rows.set(id, row);
  }
}

/** What moving a job from `previous` to `next` facts changes, row by row. */
export function rowChanges(previous: JobFacts | null, next: JobFacts): RowDelta[] {
  const sum = new RollupSum();
  if (previous) sum.add(previous, -1);
  return sum.add(next).changedRows();
}

function bump(histogram: Map<number, number>, position: number, change: number): void {
  const count = (histogram.get(position) ?? 0) + change;
  if (count === 0) histogram.delete(position);
  else histogram.set(position, count);
}

const changes = (row: RowDelta): boolean =>
  row.created !== 0 ||
  row.completed !== 0 ||
  row.failed !== 0 ||
  row.skipped !== 0 ||
  row.durationCount !== 0 ||
  row.durationMsSum !== 0 ||
  row.audioMsSum !== 0 ||
  row.stageMsSum.some((ms) => ms !== 0) ||
  row.stageCount.some((count) => count !== 0) ||
  row.stageHist.size > 0 ||
  row.durationHist.size > 0;

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in `zone`. */
export function localDay(instant: string, zone: string): string {
  let format = dayFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format.format(new Date(instant));
}
