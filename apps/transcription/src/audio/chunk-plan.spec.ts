import { planChunks } from './chunk-plan';

describe('planChunks', () => {
  it('keeps short audio whole', () => {
    expect(planChunks(30, 60, [])).toEqual([{ start: 0, duration: 30 }]);
    expect(planChunks(74, 60, [])).toEqual([{ start: 0, duration: 74 }]);
  });

  it('cuts at the target length when there is no pause near it', () => {
    expect(planChunks(150, 60, [{ start: 5, end: 6 }])).toEqual([
      { start: 0, duration: 60 },
      { start: 60, duration: 60 },
      { start: 120, duration: 30 },
    ]);
  });

  it('cuts in the middle of the pause nearest each target point', () => {
    const pauses = [
      { start: 40, end: 41 },
      { start: 57, end: 58 },
      { start: 66, end: 67 },
      { start: 119, end: 121 },
    ];
    expect(planChunks(150, 60, pauses)).toEqual([
      { start: 0, duration: 57.5 },
      { start: 57.5, duration: 62.5 },
      { start: 120, duration: 30 },
    ]);
  });

  it('covers the whole audio without gaps or overlaps', () => {
    const pauses = Array.from({ length: 100 }, (_, index) => ({ start: index * 13.7, end: index * 13.7 + 0.4 }));
    const chunks = planChunks(1234.5, 60, pauses);
    expect(chunks[0].start).toBe(0);
    for (let index = 1; index < chunks.length; index += 1)
      expect(chunks[index].start).toBeCloseTo(chunks[index - 1].start + chunks[index - 1].duration, 3);
    const last = chunks.at(-1)!;
    expect(last.start + last.duration).toBeCloseTo(1234.5, 3);
    expect(Math.max(...chunks.map((chunk) => chunk.duration))).toBeLessThanOrEqual(75);
    expect(Math.min(...chunks.slice(0, -1).map((chunk) => chunk.duration))).toBeGreaterThanOrEqual(30);
  });
});
