import {
  DURATION_BINS,
  durationBin,
  durationBinStart,
  isDurationEdge,
  quantileBin,
  TIMING_BINS,
  timingBin,
  timingBinMiddle,
} from './histograms';

describe('stats histograms', () => {
  it('puts a duration in the bin that starts at or before it, on a 5 s, 30 s, 5 min grid', () => {
    expect([0, 4.9, 5, 599, 600, 629, 630, 3599, 3600, 14_399, 14_400, 99_999].map(durationBin)).toEqual([
      0, 0, 1, 119, 120, 120, 121, 219, 220, 255, 256, 256,
    ]);
    expect(DURATION_BINS).toBe(257);
    for (let bin = 0; bin < DURATION_BINS; bin += 1) expect(durationBin(durationBinStart(bin))).toBe(bin);
  });

  it('accepts bucket edges only where a bin starts', () => {
    expect([5, 30, 600, 630, 3600, 3900, 14_400].every(isDurationEdge)).toBe(true);
    expect([1, 61, 615, 3630, 14_401, 2.5].some(isDurationEdge)).toBe(false);
  });

  it('reads stage-time percentiles within 5% of the value', () => {
    for (const ms of [3, 47, 999, 5_000, 61_234, 3_600_000]) {
      const middle = timingBinMiddle(timingBin(ms));
      expect(Math.abs(middle - ms) / ms).toBeLessThan(0.05);
    }
    expect(timingBin(1e12)).toBe(TIMING_BINS - 1);
  });

  it('finds the bin holding a quantile of the counts', () => {
    expect(quantileBin([0, 0, 0], 0.5)).toBeNull();
    expect(quantileBin([1, 1, 1, 1], 0.5)).toBe(1);
    expect(quantileBin([10, 0, 0, 1], 0.95)).toBe(3);
    expect(quantileBin([19, 0, 1], 0.95)).toBe(0);
  });
});
