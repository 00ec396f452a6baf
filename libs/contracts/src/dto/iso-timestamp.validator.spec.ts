import { parseIsoTimestamp } from './iso-timestamp.validator';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2026-03-07', '2026-03-07T00:00:00.000Z'],
    ['2026-03-07T14:30', '2026-03-07T14:30:00.000Z'],
    ['2026-03-07T14:30:05Z', '2026-03-07T14:30:05.000Z'],
    ['2026-03-07T14:30:05.123456+02:00', '2026-03-07T12:30:05.123Z'],
    ['2024-02-29T23:59:59-05:00', '2024-03-01T04:59:59.000Z'],
  ])('reads %s as %s (no offset means UTC)', (value, instant) => {
    expect(parseIsoTimestamp(value)?.toISOString()).toBe(instant);
  });

  it.each([
    '2026-W10',
    '20260307',
    '2026-066',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-03-07T24:00:00Z',
    '2026-03-07T14:60',
    '1899-12-31',
    '+275760-09-13T00:00:00Z',
    '2026-03-07 14:30',
    '',
    'yesterday',
    20260307,
    null,
  ])('refuses %p', (value) => {
    expect(parseIsoTimestamp(value)).toBeNull();
  });
});
