import {
  countAppointments,
  countBinary,
  datetimeWithin,
  matchSpans,
  multiclassScores,
  overlapLength,
  precisionRecallF1,
  spanFromLabel,
} from '../../bench/scoring/metrics';

describe('bench/scoring metrics', () => {
  describe('precisionRecallF1', () => {
    it('computes the three scores from counts', () => {
      const scores = precisionRecallF1({ tp: 8, fp: 2, fn: 4 });
      expect(scores.precision).toBeCloseTo(0.8);
      expect(scores.recall).toBeCloseTo(8 / 12);
      expect(scores.f1).toBeCloseTo(16 / 22);
    });

    it('reports an undefined ratio as null, never as 0 or 1', () => {
      expect(precisionRecallF1({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: null, recall: 0, f1: 0 });
      expect(precisionRecallF1({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: 0 });
      expect(precisionRecallF1({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
    });
  });

  it('countBinary sorts each pair into one cell', () => {
    const pairs = [
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ];
    expect(countBinary(pairs)).toEqual({ tp: 1, fp: 1, fn: 2, tn: 1 });
  });

  it('multiclassScores gives per-label scores, accuracy and macro F1', () => {
    const result = multiclassScores([
      { predicted: 'emergency', actual: 'emergency' },
      { predicted: 'emergency', actual: 'resolved' },
      { predicted: 'resolved', actual: 'resolved' },
      { predicted: 'missed', actual: 'missed' },
    ]);
    expect(result.accuracy).toBeCloseTo(0.75);
    expect(result.perLabel.emergency).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(result.perLabel.resolved).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(result.perLabel.missed.f1).toBe(1);
    expect(result.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3);
    expect(multiclassScores([])).toEqual({ perLabel: {}, accuracy: null, macroF1: null });
  });

  describe('spans', () => {
    it('turns a labelled PII item into a half-open span of its segment', () => {
      expect(spanFromLabel({ type: 'phone', text: '(312) 555-0187', segment: 4, offset: 10 })).toEqual({
        type: 'phone',
        segment: 4,
        start: 10,
        end: 24,
      });
    });

    it('measures overlap only within the same segment', () => {
      expect(overlapLength({ segment: 1, start: 0, end: 10 }, { segment: 1, start: 5, end: 20 })).toBe(5);
      expect(overlapLength({ segment: 1, start: 0, end: 10 }, { segment: 1, start: 10, end: 20 })).toBe(0);
      expect(overlapLength({ segment: 1, start: 0, end: 10 }, { segment: 2, start: 0, end: 10 })).toBe(0);
    });

    const phone = { type: 'phone', segment: 2, start: 20, end: 40 };
    const email = { type: 'email', segment: 2, start: 50, end: 70 };

    it('matches a prediction covering at least half of the expected span', () => {
      const result = matchSpans([{ type: 'phone', segment: 2, start: 28, end: 45 }], [phone]);
      expect(result).toMatchObject({ tp: 1, fp: 0, fn: 0, matches: [{ predicted: 0, expected: 0 }] });
      expect(matchSpans([{ type: 'phone', segment: 2, start: 32, end: 45 }], [phone])).toMatchObject({
        tp: 0,
        fp: 1,
        fn: 1,
      });
    });

    it('honours the overlap threshold and the type requirement', () => {
      const partial = { type: 'phone', segment: 2, start: 32, end: 45 };
      expect(matchSpans([partial], [phone], { minOverlap: 0.4 }).tp).toBe(1);
      const mistyped = { type: 'card', segment: 2, start: 20, end: 40 };
      expect(matchSpans([mistyped], [phone]).tp).toBe(0);
      expect(matchSpans([mistyped], [phone], { sameType: false }).tp).toBe(1);
    });

    it('lets one wide prediction count for one expected item only', () => {
      const wide = { segment: 2, start: 15, end: 75 };
      const result = matchSpans([wide], [phone, email], { sameType: false });
      expect(result).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    });

    it('pairs the largest overlaps first', () => {
      const small = { type: 'phone', segment: 2, start: 30, end: 41 };
      const exact = { type: 'phone', segment: 2, start: 20, end: 40 };
      const result = matchSpans([small, exact], [phone]);
      expect(result).toMatchObject({ tp: 1, fp: 1, fn: 0, matches: [{ predicted: 1, expected: 0 }] });
    });
  });

  describe('datetimeWithin', () => {
    it('compares instants across offsets', () => {
      expect(datetimeWithin('2026-03-10T14:30:00-05:00', '2026-03-10T19:30:00Z', 0)).toBe(true);
      expect(datetimeWithin('2026-03-10T14:40:00-05:00', '2026-03-10T14:30:00-05:00', 15)).toBe(true);
      expect(datetimeWithin('2026-03-10T14:50:00-05:00', '2026-03-10T14:30:00-05:00', 15)).toBe(false);
      expect(datetimeWithin('2026-03-10T14:30:00-06:00', '2026-03-10T14:30:00-05:00', 30)).toBe(false);
    });

    it('matches null only with null and never matches an unparseable time', () => {
      expect(datetimeWithin(null, null, 0)).toBe(true);
      expect(datetimeWithin(null, '2026-03-10T14:30:00-05:00', 60)).toBe(false);
      expect(datetimeWithin('2026-03-10T14:30:00-05:00', null, 60)).toBe(false);
      expect(datetimeWithin('two thirty tomorrow', '2026-03-10T14:30:00-05:00', 60)).toBe(false);
    });
  });

  it('countAppointments needs the right time for a hit', () => {
    const at = (start: string | null) => ({ booked: start !== null, start });
    const counts = countAppointments(
      [
        { predicted: at('2026-03-10T14:30:00-05:00'), actual: at('2026-03-10T14:30:00-05:00') },
        { predicted: at('2026-03-10T02:30:00-05:00'), actual: at('2026-03-10T14:30:00-05:00') },
        { predicted: at('2026-03-11T09:00:00-05:00'), actual: at(null) },
        { predicted: at(null), actual: at('2026-03-12T12:00:00-05:00') },
        { predicted: at(null), actual: at(null) },
      ],
      15,
    );
    expect(counts).toEqual({ tp: 1, fp: 2, fn: 2, tn: 1 });
  });
});
