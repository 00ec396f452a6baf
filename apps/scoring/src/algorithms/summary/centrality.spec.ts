import { centrality } from './centrality';

describe('centrality', () => {
  it('gives the cosine similarity of TF-IDF vectors, symmetric, and 0 for sentences that share no word', () => {
    const { similarity } = centrality([
      ['pipe', 'burst', 'kitchen'],
      ['pipe', 'burst', 'basement'],
      ['invoice', 'tax'],
    ]);
    expect(similarity(0, 1)).toBeGreaterThan(0);
    expect(similarity(0, 1)).toBeLessThan(1);
    expect(similarity(1, 0)).toBeCloseTo(similarity(0, 1), 12);
    expect(similarity(0, 2)).toBe(0);
    expect(similarity(0, 0)).toBe(0);
  });

  it('scores highest the sentence that shares words with the most others', () => {
    const { scores } = centrality([
      ['pipe', 'leak'],
      ['pipe', 'leak', 'kitchen', 'water'],
      ['kitchen', 'water'],
      ['invoice', 'tax'],
    ]);
    expect(scores.indexOf(Math.max(...scores))).toBe(1);
    expect(scores[3]).toBeLessThan(scores[0]);
  });

  it('treats a repeated identical sentence as fully similar', () => {
    expect(
      centrality([
        ['water', 'heater'],
        ['water', 'heater'],
      ]).similarity(0, 1),
    ).toBeCloseTo(1, 12);
  });
});
