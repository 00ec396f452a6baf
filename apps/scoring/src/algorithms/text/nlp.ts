import type { TranscriptSegment } from '@callsight/contracts';
import winkNLP, { ItemSentence, ItsFunction, Model, WinkMethods } from 'wink-nlp';
import { negationScope } from './negation';

/** A token of spoken text as wink-nlp reads it, with where it sits in the text. */
export interface Token {
  /** As written. */
  value: string;
  /** Lower case, contractions spelled out ("n't" → "not", "dont" → "do" "not"), US spelling ("cancelled" → "canceled"). */
  normal: string;
  /** Dictionary form ("cancelling" → "cancel"), for matching word forms. */
  lemma: string;
  /** Universal part of speech (VERB, AUX, PRON, …); a guess on unpunctuated speech. */
  pos: string;
  /** Words and numbers; false for punctuation and symbols. */
  word: boolean;
  /** Character offsets of `value` in the analysed text. */
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Indexes into the analysis' tokens, both inclusive. */
  firstToken: number;
  lastToken: number;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Per token: inside the scope of a negation ("I don't want to *cancel*"). */
  negated: boolean[];
}

let instance: WinkMethods | null = null;

/**
 * The model takes a second or two to load, so it is loaded once, on first use, and shared; a service
 * that boots the registry but never reads a transcript does not pay for it.
 */
export function nlp(): WinkMethods {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, not at import
  instance ??= winkNLP(require('wink-eng-lite-web-model') as Model);
  return instance;
}

/** No spoken word is this long; wink-nlp's tokenizer takes minutes over a run of hundreds of thousands of letters. */
const LONGEST_WORD = 64;
const OVERLONG_RUN = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g');

/**
 * The text as wink-nlp may read it: runs of non-space longer than any word are blanked, keeping every
 * offset, so a hostile transcript (one 250,000-letter "word") costs no more than its length.
 */
export const readableText = (text: string): string => text.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length));

const WORD_TYPES = new Set(['word', 'number', 'email', 'url', 'hashtag', 'mention', 'ordinal', 'time', 'currency']);

/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's `its` readers are plain functions typed as methods */
function readTokens(text: string): Token[] {
  const methods = nlp();
  const { its } = methods;
  const readable = readableText(text);
  const doc = methods.readDoc(readable);
  const column = (values: unknown[]): string[] => values.map(String);
  const values = column(doc.tokens().out(its.value));
  const spaces = column(doc.tokens().out(its.precedingSpaces));
  const normals = column(doc.tokens().out(its.normal));
  // wink-nlp's typings give `lemma` an extra parameter that `out` does not accept; it reads like the others.
  const lemmas = column(doc.tokens().out(its.lemma as ItsFunction<string>));
  const tags = column(doc.tokens().out(its.pos));
  const types = column(doc.tokens().out(its.type));
  const sentenceOf: number[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const index = sentence.index();
    sentence.tokens().each(() => sentenceOf.push(index));
  });
  let offset = 0;
  return values.map((value, index) => {
    // wink-nlp shortens long runs of spaces in precedingSpaces, so a token is found where it is.
    const found = readable.indexOf(value, offset);
    const start = found >= 0 ? found : offset + spaces[index].length;
    offset = start + value.length;
    return {
      value,
      normal: normals[index],
      lemma: lemmas[index],
      pos: tags[index],
      word: WORD_TYPES.has(types[index]),
      start,
      end: offset,
      sentence: sentenceOf[index],
    };
  });
}
/* eslint-enable @typescript-eslint/unbound-method */

export function analyseText(text: string): TextAnalysis {
  const tokens = readTokens(text);
  const sentences: Sentence[] = [];
  tokens.forEach((token, index) => {
    const current = sentences[token.sentence];
    if (current) {
      current.end = token.end;
      current.lastToken = index;
      return;
    }
    sentences[token.sentence] = { text: '', start: token.start, end: token.end, firstToken: index, lastToken: index };
  });
  for (const sentence of sentences) sentence.text = text.slice(sentence.start, sentence.end);
  return { text, tokens, sentences, negated: negationScope(tokens) };
}

/**
 * Several algorithms read the same segments in one run; each segment is analysed once. Keyed by the
 * segment object, so nothing outlives the run that holds the transcript.
 */
const analyses = new WeakMap<TranscriptSegment, TextAnalysis>();

export function analysisOf(segment: TranscriptSegment): TextAnalysis {
  const cached = analyses.get(segment);
  if (cached) return cached;
  const analysis = analyseText(segment.text);
  analyses.set(segment, analysis);
  return analysis;
}

/** wink-nlp's sentiment of a text, from -1 to 1; it reads negation itself ("not happy" is negative). */
export function sentimentOf(text: string): number {
  const methods = nlp();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink-nlp's `its` readers are plain functions
  return Number(methods.readDoc(readableText(text)).out(methods.its.sentiment));
}
