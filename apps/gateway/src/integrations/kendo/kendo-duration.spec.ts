import { normaliseDurationSeconds } from './kendo-duration';

describe('Kendo duration normalisation', () => {
  it.each<[unknown, number | null]>([
    [18, 1080],
    [0, 0],
    [239, 14_340],
    [240, 240],
    [1800, 1800],
    [86_399, 86_399],
    [95_000, 95],
    [5_400_000, 5400],
    ['18', 1080],
    ['18m', 1080],
    ['95s', 95],
    ['95000ms', 95],
    ['1.5h', 5400],
    ['18:00', 1080],
    ['1:02:03', 3723],
    [-5, null],
    ['soon', null],
    [Number.NaN, null],
    [null, null],
    [{}, null],
  ])('%p is %p seconds', (input, seconds) => {
    expect(normaliseDurationSeconds(input)).toBe(seconds);
  });
});
