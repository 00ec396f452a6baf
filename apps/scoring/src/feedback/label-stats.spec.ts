import { LabelledFeedback, labelStats, rightLabel } from './label-stats';

const row = (fields: Partial<LabelledFeedback>): LabelledFeedback => ({
  predicted: null,
  verdict: 'correct',
  label: null,
  corrected: null,
  count: 1,
  ...fields,
});

describe('label statistics from feedback', () => {
  it('takes the right label from the verdict, the label, the corrected value, or the other yes/no answer', () => {
    expect(rightLabel(row({ predicted: 'missed', verdict: 'correct' }))).toBe('missed');
    expect(rightLabel(row({ predicted: 'missed', verdict: 'incorrect', label: 'resolved' }))).toBe('resolved');
    expect(rightLabel(row({ predicted: 'missed', verdict: 'incorrect', corrected: 'emergency' }))).toBe('emergency');
    expect(rightLabel(row({ predicted: 'true', verdict: 'incorrect' }))).toBe('false');
    expect(rightLabel(row({ predicted: 'false', verdict: 'incorrect' }))).toBe('true');
    expect(rightLabel(row({ predicted: 'missed', verdict: 'incorrect' }))).toBeNull();
  });

  it('computes precision, recall and F1 per label over grouped runs', () => {
    // outcome: 6 booked right, 2 booked that were follow-ups, 1 follow-up right, 1 follow-up that was booked,
    // 3 judged wrong without saying what was right (left out).
    const stats = labelStats([
      row({ predicted: 'appointment_booked', count: 6 }),
      row({ predicted: 'appointment_booked', verdict: 'incorrect', label: 'follow_up_needed', count: 2 }),
      row({ predicted: 'follow_up_needed', count: 1 }),
      row({ predicted: 'follow_up_needed', verdict: 'incorrect', corrected: 'appointment_booked', count: 1 }),
      row({ predicted: 'resolved', verdict: 'incorrect', count: 3 }),
    ]);
    expect(stats).toEqual([
      {
        label: 'appointment_booked',
        support: 7,
        predicted: 8,
        true_positives: 6,
        precision: 0.75,
        recall: 0.857,
        f1: 0.8,
      },
      {
        label: 'follow_up_needed',
        support: 3,
        predicted: 2,
        true_positives: 1,
        precision: 0.5,
        recall: 0.333,
        f1: 0.4,
      },
    ]);
  });

  it('counts a run without a label against recall only', () => {
    expect(labelStats([row({ predicted: null, verdict: 'incorrect', label: 'true', count: 2 })])).toEqual([
      { label: 'true', support: 2, predicted: 0, true_positives: 0, precision: null, recall: 0, f1: 0 },
    ]);
    expect(labelStats([])).toEqual([]);
  });
});
