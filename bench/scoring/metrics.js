'use strict';
// Measures for scoring the built-in algorithms against bench/scoring/set: pure functions over plain
// values, so the bench script and its tests share one definition of a hit.

/** A ratio whose denominator is zero is undefined, reported as null rather than as a flattering 0 or 1. */
function ratio(numerator, denominator) {
  return denominator === 0 ? null : numerator / denominator;
}

function precisionRecallF1({ tp, fp, fn }) {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

/** Confusion counts of a yes/no label over `{ predicted, actual }` pairs. */
function countBinary(pairs) {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) counts.tp += 1;
    else if (predicted) counts.fp += 1;
    else if (actual) counts.fn += 1;
    else counts.tn += 1;
  }
  return counts;
}

/** Per-label scores, accuracy and macro F1 of a single-label classification such as the call outcome. */
function multiclassScores(pairs) {
  const labels = [...new Set(pairs.flatMap(({ predicted, actual }) => [predicted, actual]))].sort();
  const perLabel = {};
  for (const label of labels) {
    const counts = countBinary(pairs.map((p) => ({ predicted: p.predicted === label, actual: p.actual === label })));
    perLabel[label] = { ...counts, ...precisionRecallF1(counts) };
  }
  const f1s = labels.map((label) => perLabel[label].f1).filter((f1) => f1 !== null);
  const correct = pairs.filter((p) => p.predicted === p.actual).length;
  return {
    perLabel,
    accuracy: ratio(correct, pairs.length),
    macroF1: ratio(
      f1s.reduce((sum, f1) => sum + f1, 0),
      f1s.length,
    ),
  };
}

/** A labelled PII item as a half-open character span of its segment. */
function spanFromLabel({ type, text, segment, offset }) {
  return { type, segment, start: offset, end: offset + text.length };
}

function overlapLength(a, b) {
  if (a.segment !== b.segment) return 0;
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Pairs predicted with expected spans one to one. A pair qualifies when the prediction covers at least
 * `minOverlap` of the expected span (a redaction that leaves most of a number readable has failed) and,
 * with `sameType`, names the same PII type. Largest overlaps pair first, so one wide prediction cannot
 * count for two neighbouring items.
 */
function matchSpans(predicted, expected, { minOverlap = 0.5, sameType = true } = {}) {
  const candidates = [];
  predicted.forEach((p, i) => {
    expected.forEach((e, j) => {
      if (sameType && p.type !== e.type) return;
      const shared = overlapLength(p, e);
      if (shared > 0 && shared / (e.end - e.start) >= minOverlap) candidates.push({ i, j, shared });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared);
  const usedPredicted = new Set();
  const usedExpected = new Set();
  const matches = [];
  for (const { i, j } of candidates) {
    if (usedPredicted.has(i) || usedExpected.has(j)) continue;
    usedPredicted.add(i);
    usedExpected.add(j);
    matches.push({ predicted: i, expected: j });
  }
  return { tp: matches.length, fp: predicted.length - matches.length, fn: expected.length - matches.length, matches };
}

/** Whether two ISO 8601 instants (offsets respected) are within `toleranceMinutes`; null only matches null. */
function datetimeWithin(predicted, expected, toleranceMinutes) {
  if (predicted === null || expected === null) return predicted === expected;
  const difference = Math.abs(Date.parse(predicted) - Date.parse(expected));
  return difference <= toleranceMinutes * 60_000;
}

/**
 * Confusion counts of appointment booking where a hit needs the right time too: a booking found at the
 * wrong time is both a false positive (the wrong slot) and a false negative (the missed one).
 */
function countAppointments(pairs, toleranceMinutes) {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted.booked && actual.booked) {
      if (datetimeWithin(predicted.start, actual.start, toleranceMinutes)) counts.tp += 1;
      else {
        counts.fp += 1;
        counts.fn += 1;
      }
    } else if (predicted.booked) counts.fp += 1;
    else if (actual.booked) counts.fn += 1;
    else counts.tn += 1;
  }
  return counts;
}

module.exports = {
  precisionRecallF1,
  countBinary,
  multiclassScores,
  spanFromLabel,
  overlapLength,
  matchSpans,
  datetimeWithin,
  countAppointments,
};
