/** How much of a score a sentence passes on to the sentences like it (TextRank's damping). */
const DAMPING = 0.85;
const ITERATIONS = 30;

export interface Centrality {
  scores: number[];
  /** Cosine similarity of two sentences' TF-IDF vectors; 0 for a sentence and itself. */
  similarity: (a: number, b: number) => number;
}

/**
 * TextRank over TF-IDF vectors: a sentence is central when it shares rare words with other central
 * sentences. Similarities are kept sparse, by an index from each word to the sentences that say it:
 * in a long call most pairs of sentences share no word, and a dense matrix made it quadratic.
 */
export function centrality(bags: readonly string[][]): Centrality {
  const count = bags.length;
  const vectors = weightedVectors(bags);
  const neighbours = similarities(vectors);
  const links = neighbours.map((row) => {
    let total = 0;
    for (const value of row.values()) total += value;
    return [...row].map(([to, value]) => ({ to, share: value / total }));
  });
  let scores = Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = Array<number>(count).fill((1 - DAMPING) / count);
    links.forEach((row, from) => {
      for (const { to, share } of row) next[to] += DAMPING * share * scores[from];
    });
    scores = next;
  }
  return { scores, similarity: (a, b) => neighbours[a]?.get(b) ?? 0 };
}

/** Each bag as unit-length TF-IDF weights, so a dot product is the cosine similarity. */
function weightedVectors(bags: readonly string[][]): Map<string, number>[] {
  const documentFrequency = new Map<string, number>();
  for (const bag of bags)
    for (const word of new Set(bag)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  return bags.map((bag) => {
    const vector = new Map<string, number>();
    for (const word of bag) vector.set(word, (vector.get(word) ?? 0) + 1);
    let squares = 0;
    for (const [word, frequency] of vector) {
      const weight = frequency * (Math.log((bags.length + 1) / (documentFrequency.get(word)! + 1)) + 1);
      vector.set(word, weight);
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares);
    for (const [word, weight] of vector) vector.set(word, weight / norm);
    return vector;
  });
}

/** The non-zero similarities of each sentence to the others, found through the words they share. */
function similarities(vectors: readonly Map<string, number>[]): Map<number, number>[] {
  const saidIn = new Map<string, { sentence: number; weight: number }[]>();
  vectors.forEach((vector, sentence) => {
    for (const [word, weight] of vector) {
      const postings = saidIn.get(word) ?? [];
      postings.push({ sentence, weight });
      saidIn.set(word, postings);
    }
  });
  const rows = vectors.map(() => new Map<number, number>());
  for (const postings of saidIn.values())
    for (let i = 0; i < postings.length; i++)
      for (let j = i + 1; j < postings.length; j++) {
        const { sentence: a, weight: wa } = postings[i];
        const { sentence: b, weight: wb } = postings[j];
        if (a === b) continue;
        const product = wa * wb;
        rows[a].set(b, (rows[a].get(b) ?? 0) + product);
        rows[b].set(a, (rows[b].get(a) ?? 0) + product);
      }
  return rows;
}
