import type { CallAnalyticsReply } from './analytics';
import { countsBy, isoWeekStart, rateOf, toKestrelAnalytics } from './kestrel.mapping';

const days = (from: string, counts: number[]) =>
  counts.map((calls, index) => {
    const date = new Date(`${from}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + index);
    return { date: date.toISOString().slice(0, 10), calls };
  });

const stats = (overrides: Partial<CallAnalyticsReply> = {}): CallAnalyticsReply => ({
  from: '2024-02-26',
  to: '2024-03-05',
  tz: 'America/New_York',
  days: days('2024-02-26', [1, 0, 2, 3, 0, 0, 4, 5, 0, 6]),
  calls: 21,
  durationCount: 3,
  durationSeconds: 100,
  results: {},
  ...overrides,
});

describe('isoWeekStart', () => {
  it.each([
    ['2024-03-04', '2024-03-04'], // a Monday is its own week's start
    ['2024-03-10', '2024-03-04'], // Sunday ends the ISO week
    ['2024-03-11', '2024-03-11'],
    ['2024-02-29', '2024-02-26'], // across a leap day
    ['2021-01-01', '2020-12-28'], // a Friday: the week began the year before
    ['2025-12-31', '2025-12-29'],
  ])('puts %s in the week starting %s', (day, monday) => {
    expect(isoWeekStart(day)).toBe(monday);
  });
});

describe('countsBy', () => {
  it('sums the days of each week and month in order, partial ones at the edges holding only their days', () => {
    const period = stats().days;
    expect(countsBy(period, isoWeekStart)).toEqual([
      ['2024-02-26', 10], // Mon 26 Feb to Sun 3 Mar
      ['2024-03-04', 11], // Mon 4 and Tue 5 Mar only
    ]);
    expect(countsBy(period, (day) => day.slice(0, 7))).toEqual([
      ['2024-02', 6], // 26 to 29 Feb
      ['2024-03', 15],
    ]);
  });

  it('gives no bucket for no days and keeps empty buckets', () => {
    expect(countsBy([], isoWeekStart)).toEqual([]);
    expect(countsBy(days('2024-03-04', [0, 0]), isoWeekStart)).toEqual([['2024-03-04', 0]]);
  });
});

describe('rateOf', () => {
  it('is part over whole to four decimals, and null when nothing qualified', () => {
    expect(rateOf(1, 3)).toBe(0.3333);
    expect(rateOf(2, 3)).toBe(0.6667);
    expect(rateOf(0, 5)).toBe(0);
    expect(rateOf(5, 5)).toBe(1);
    expect(rateOf(0, 0)).toBeNull();
  });
});

describe('toKestrelAnalytics', () => {
  it('makes each metric from its counts', () => {
    const answer = toKestrelAnalytics(
      stats({
        results: {
          'appointment:booked': 2,
          'appointment:none': 6,
          'emergency:detected': 1,
          'emergency:none': 7,
          'missed_call:missed': 3,
          'sentiment:positive': 4,
        },
      }),
      { missed: 3, recovered: 1 },
      168,
    );
    expect(answer).toEqual({
      period: { from: '2024-02-26', to: '2024-03-05', timezone: 'America/New_York' },
      total_calls: {
        total: 21,
        by_day: stats().days.map((day) => ({ date: day.date, count: day.calls })),
        by_week: [
          { week_start: '2024-02-26', count: 10 },
          { week_start: '2024-03-04', count: 11 },
        ],
        by_month: [
          { month: '2024-02', count: 6 },
          { month: '2024-03', count: 15 },
        ],
      },
      appointment_booking_rate: { rate: 0.25, booked: 2, eligible: 8 },
      average_call_duration_seconds: 33.3,
      emergency_detection_rate: { rate: 0.125, detected: 1, eligible: 8 },
      missed_call_recovery: { rate: 0.3333, missed: 3, recovered: 1, window_hours: 168 },
    });
  });

  it('says null, not 0, for rates and an average with nothing to count', () => {
    const answer = toKestrelAnalytics(
      stats({ durationCount: 0, durationSeconds: 0 }),
      { missed: 0, recovered: 0 },
      168,
    );
    expect(answer.appointment_booking_rate).toEqual({ rate: null, booked: 0, eligible: 0 });
    expect(answer.emergency_detection_rate).toEqual({ rate: null, detected: 0, eligible: 0 });
    expect(answer.average_call_duration_seconds).toBeNull();
    expect(answer.missed_call_recovery.rate).toBeNull();
  });

  it('counts a call the algorithm ran on and found nothing as eligible', () => {
    const answer = toKestrelAnalytics(stats({ results: { 'appointment:none': 4 } }), { missed: 2, recovered: 0 }, 168);
    expect(answer.appointment_booking_rate).toEqual({ rate: 0, booked: 0, eligible: 4 });
    expect(answer.missed_call_recovery).toEqual({ rate: 0, missed: 2, recovered: 0, window_hours: 168 });
  });
});
