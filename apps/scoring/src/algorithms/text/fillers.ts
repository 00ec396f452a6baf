import type { TextAnalysis, Token } from './nlp';
import { findPhrase, phrasePattern, PhrasePattern } from './phrases';

// prettier-ignore
export const DEFAULT_FILLERS = ['um', 'uh', 'er', 'erm', 'ah', 'like', 'you know', 'i mean', 'sort of', 'kind of', 'basically', 'actually'];

export interface FillerMatch {
  filler: string;
  first: number;
  last: number;
}

const HESITATIONS = new Set(['um', 'uh', 'er', 'erm', 'ah', 'uhm', 'hmm']);
const BE = new Set(['be', 'is', 'am', 'are', 'was', 'were']);
/** What follows a quotative "was like": the words quoted or the reaction ("I was like, oh no"). */
const QUOTED_STARTS = new Set(
  'i you he she they we oh no yeah what wow okay ok hey so whoa seriously really well'.split(' '),
);
/** A hedging "like" before an amount or an intensifier: "like twenty minutes", "like all the time". */
const HEDGED = new Set(['all', 'every', 'always', 'literally', 'totally', 'really', 'super', 'so', 'forever']);
const LIKE_AS_VERB = new Set(['would', 'feel', 'feels', 'look', 'looks', 'seem', 'seems', 'sound', 'sounds']);
const KNOW_OBJECTS = new Set(
  'what where how when who why which that him her them it about anything anyone someone something if'.split(' '),
);
const ASKING = new Set(['do', 'did', 'does', 'would', 'if', 'as', 'not', 'will', 'let']);
const KIND_OF_NOUN = new Set([
  'what',
  'which',
  'this',
  'that',
  'a',
  'the',
  'any',
  'some',
  'every',
  'no',
  'one',
  'these',
]);

const word = (tokens: readonly Token[], index: number): string => tokens[index]?.normal ?? '';
const isComma = (tokens: readonly Token[], index: number): boolean => tokens[index]?.value === ',';

/** "like" is a filler in "I was like, no way" and "like, you know", not in "I'd like to" or "it looks like rain". */
function likeIsFiller(tokens: readonly Token[], at: number): boolean {
  const before = word(tokens, at - 1);
  const after = word(tokens, at + 1);
  if (LIKE_AS_VERB.has(before)) return false;
  if (HESITATIONS.has(before) || HESITATIONS.has(after)) return true;
  if (after === 'you' && word(tokens, at + 2) === 'know') return true;
  if (after === 'i' && word(tokens, at + 2) === 'mean') return true;
  if (isComma(tokens, at + 1)) return !['NOUN', 'PRON', 'PROPN'].includes(tokens[at - 1]?.pos ?? '');
  const hedges = HEDGED.has(after) || tokens[at + 1]?.pos === 'NUM';
  if (hedges && tokens[at - 1]?.pos !== 'PRON') return true;
  return BE.has(before) && QUOTED_STARTS.has(after);
}

/**
 * "you know" is a filler unless something is known: "do you know the address", "you know what happened".
 * Before a bare noun it usually fills ("you know people double book"), so only a determiner or name stops it.
 */
function youKnowIsFiller(tokens: readonly Token[], match: { first: number; last: number }): boolean {
  if (ASKING.has(word(tokens, match.first - 1))) return false;
  const next = tokens[match.last + 1];
  if (!next || !next.word) return true;
  return !KNOW_OBJECTS.has(next.normal) && !['DET', 'PROPN'].includes(next.pos);
}

const RULES: Record<string, (tokens: readonly Token[], match: { first: number; last: number }) => boolean> = {
  like: (tokens, match) => likeIsFiller(tokens, match.first),
  'you know': youKnowIsFiller,
  'i mean': (tokens, match) =>
    !['what', 'if', 'do', 'did'].includes(word(tokens, match.first - 1)) &&
    word(tokens, match.last + 1) !== 'to' &&
    !(word(tokens, match.last + 1) === 'it' && !tokens[match.last + 2]?.word),
  'kind of': (tokens, match) => !KIND_OF_NOUN.has(word(tokens, match.first - 1)),
  'sort of': (tokens, match) => !KIND_OF_NOUN.has(word(tokens, match.first - 1)),
};

const patterns = new Map<string, PhrasePattern>();
const patternOf = (filler: string): PhrasePattern => {
  const cached = patterns.get(filler);
  if (cached) return cached;
  const pattern = phrasePattern(filler);
  patterns.set(filler, pattern);
  return pattern;
};

/**
 * Filler words and phrases in a text, each used as a filler: the ambiguous ones ("like", "you know",
 * "I mean", "kind of", "sort of") are counted only where the words around them say they fill.
 */
export function findFillers(analysis: TextAnalysis, fillers: readonly string[]): FillerMatch[] {
  const found: FillerMatch[] = [];
  const taken = new Set<number>();
  for (const filler of fillers) {
    const pattern = patternOf(filler);
    const rule = RULES[pattern.normals.join(' ')];
    for (const match of findPhrase(analysis, pattern)) {
      if (rule && !rule(analysis.tokens, match)) continue;
      const indexes = range(match.first, match.last);
      if (indexes.some((index) => taken.has(index))) continue;
      indexes.forEach((index) => taken.add(index));
      found.push({ filler, ...match });
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

const range = (first: number, last: number): number[] =>
  Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
