/** How much of a score a sentence passes on to the sentences like it (TextRank's damping). */
const DAMPING = 0.85;
const ITERATIONS = 30;

/**
 * TextRank over TF-IDF vectors: a sentence is central when it shares rare words with other central
 * sentences. Returns a score per bag of words, and the cosine similarities it was computed from.
 */
export function centrality(bags: readonly string[][]): { scores: number[]; similarity: number[][] } {
  const count = bags.length;
  if (count === 0) return { scores: [], similarity: [] };
  const documentFrequency = new Map<string, number>();
  for (const bag of bags)
    for (const word of new Set(bag)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const vectors = bags.map((bag) => {
    const vector = new Map<string, number>();
    for (const word of bag) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, frequency] of vector)
      vector.set(word, frequency * (Math.log((count + 1) / ((documentFrequency.get(word) ?? 0) + 1)) + 1));
    return vector;
  });
  const norms = vectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)));
  const similarity = vectors.map((a, i) =>
    vectors.map((b, j) => (i === j || norms[i] === 0 || norms[j] === 0 ? 0 : dot(a, b) / (norms[i] * norms[j]))),
  );
  // Each sentence's neighbours with the share of its score it passes to each: sparse, as most pairs share no word.
  const links = similarity.map((row) => {
    const total = row.reduce((sum, value) => sum + value, 0);
    return row.flatMap((value, j) => (value > 0 ? [{ to: j, share: value / total }] : []));
  });
  let scores = Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = Array<number>(count).fill((1 - DAMPING) / count);
    links.forEach((neighbours, from) => {
      for (const { to, share } of neighbours) next[to] += DAMPING * share * scores[from];
    });
    scores = next;
  }
  return { scores, similarity };
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  for (const [word, value] of small) total += value * (large.get(word) ?? 0);
  return total;
}
