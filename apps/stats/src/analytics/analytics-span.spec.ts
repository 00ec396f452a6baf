import { DomainError } from '@callsight/contracts';
import { analyticsSpan, everyDay } from './analytics-span';

const NOW = new Date('2024-03-10T03:00:00Z');

describe('analyticsSpan', () => {
  it('defaults to the last 30 days up to today in the zone', () => {
    expect(analyticsSpan({}, 'UTC', NOW)).toEqual({ from: '2024-02-10', to: '2024-03-10', zone: 'UTC' });
    // 03:00 UTC is still the 9th in New York.
    expect(analyticsSpan({}, 'America/New_York', NOW)).toEqual({
      from: '2024-02-09',
      to: '2024-03-09',
      zone: 'America/New_York',
    });
  });

  it('takes 30 days ending on the last day given, and today as the last day after a first one', () => {
    expect(analyticsSpan({ to: '2024-01-31' }, 'UTC', NOW)).toMatchObject({ from: '2024-01-02', to: '2024-01-31' });
    expect(analyticsSpan({ from: '2024-03-01' }, 'UTC', NOW)).toMatchObject({ from: '2024-03-01', to: '2024-03-10' });
    expect(analyticsSpan({ from: '2024-03-10', to: '2024-03-10' }, 'UTC', NOW)).toMatchObject({
      from: '2024-03-10',
      to: '2024-03-10',
    });
  });

  it('refuses a period that runs backwards, also against today', () => {
    expect(() => analyticsSpan({ from: '2024-03-02', to: '2024-03-01' }, 'UTC', NOW)).toThrow(DomainError);
    expect(() => analyticsSpan({ from: '2024-03-11' }, 'UTC', NOW)).toThrow(/must not be after/);
  });

  it('allows 366 days and no more', () => {
    expect(analyticsSpan({ from: '2023-03-11', to: '2024-03-10' }, 'UTC', NOW)).toMatchObject({ from: '2023-03-11' });
    expect(() => analyticsSpan({ from: '2023-03-10', to: '2024-03-10' }, 'UTC', NOW)).toThrow(/at most 366 days/);
  });

  it("refuses a period ending in the calendar's last month", () => {
    expect(() => analyticsSpan({ from: '9999-12-01', to: '9999-12-01' }, 'UTC', NOW)).toThrow(/before 9999-12-01/);
    expect(analyticsSpan({ from: '9999-11-30', to: '9999-11-30' }, 'UTC', NOW)).toMatchObject({ to: '9999-11-30' });
  });
});

describe('everyDay', () => {
  it('lists each day in order, across month ends and a leap day', () => {
    expect(everyDay('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(everyDay('2024-03-01', '2024-03-01')).toEqual(['2024-03-01']);
  });
});
