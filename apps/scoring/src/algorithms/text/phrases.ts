import { analyseText, TextAnalysis, Token } from './nlp';

/** A phrase to look for, read the way transcripts are read so that "can't" finds "cannot" and "can not". */
export interface PhrasePattern {
  phrase: string;
  normals: string[];
  lemmas: string[];
}

export function phrasePattern(phrase: string): PhrasePattern {
  const tokens = analyseText(phrase).tokens.filter((token) => token.word);
  return { phrase, normals: tokens.map((token) => token.normal), lemmas: tokens.map((token) => token.lemma) };
}

/** Where a phrase occurs: the first and last token index, both inclusive. */
export interface PhraseMatch {
  first: number;
  last: number;
}

const sameWord = (token: Token, pattern: PhrasePattern, index: number, wordForms: boolean): boolean =>
  token.normal === pattern.normals[index] || (wordForms && token.lemma === pattern.lemmas[index]);

/**
 * Occurrences of a phrase as consecutive tokens of one sentence, so punctuation between two words
 * ("you. Know") breaks a match. With `wordForms`, any inflection of a word counts (cancel, cancelled).
 */
export function findPhrase(analysis: TextAnalysis, pattern: PhrasePattern, wordForms = false): PhraseMatch[] {
  const { tokens } = analysis;
  const size = pattern.normals.length;
  if (size === 0) return [];
  const matches: PhraseMatch[] = [];
  for (let first = 0; first + size <= tokens.length; first += 1) {
    const span = tokens.slice(first, first + size);
    if (span.some((token) => !token.word || token.sentence !== tokens[first].sentence)) continue;
    if (span.every((token, index) => sameWord(token, pattern, index, wordForms)))
      matches.push({ first, last: first + size - 1 });
  }
  return matches;
}
