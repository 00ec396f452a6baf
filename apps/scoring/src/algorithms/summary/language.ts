import { nlp, readableText } from '../text/nlp';

/** A word as the summary needs it: its lemma, part of speech and whether it carries meaning. */
export interface Token {
  lemma: string;
  pos: string;
  content: boolean;
}

/** The one shared wink-nlp instance: its model loads on the first reading, not at boot, and is held once. */
const language = nlp;

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
/** Words of phone calls that say nothing about what the call was about. */
const SMALL_TALK = new Set([
  'hi',
  'hello',
  'hey',
  'yeah',
  'yes',
  'yep',
  'okay',
  'ok',
  'um',
  'uh',
  'thanks',
  'thank',
  'bye',
  'great',
  'sure',
  'good',
  'right',
  'well',
  'oh',
  'gonna',
  'wanna',
  'get',
  'go',
  'know',
  'think',
  'say',
  'like',
  'need',
  'want',
  'call',
  'calling',
  'let',
  'see',
  'thing',
  'time',
  'way',
  'lot',
  'bit',
  'today',
  'day',
  'morning',
  'afternoon',
  'guy',
  'sorry',
  'perfect',
  'awesome',
  'help',
  'look',
  'mean',
  'kind',
  'sort',
  'make',
  'take',
  'come',
  'tell',
  'ask',
  'try',
  'have',
  'be',
  'do',
]);

/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp's `its` helpers are handed to `out`, which calls them */
export function tokensOf(text: string): Token[] {
  const { its } = language();
  const tokens = language().readDoc(readableText(text)).tokens();
  // wink-nlp's typings declare lemma with an extra parameter that `out` does not pass on.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.normal);
  const pos = tokens.out(its.pos);
  const stop = tokens.out(its.stopWordFlag);
  /* eslint-enable @typescript-eslint/unbound-method */
  return lemmas.map((lemma, index) => {
    const word = lemma.toLowerCase();
    const content = CONTENT_POS.has(pos[index]) && !stop[index] && !SMALL_TALK.has(word) && /\p{L}{2,}/u.test(word);
    return { lemma: word, pos: pos[index], content };
  });
}

/**
 * Noun phrases (adjectives and nouns ending in a noun: "wrong tax rate", "billing portal"), the
 * usual shape of what a call is about.
 */
export function nounPhrasesOf(tokens: readonly Token[]): string[] {
  const phrases: string[] = [];
  let run: Token[] = [];
  let runStart = 0;
  const flush = () => {
    while (run.length > 0 && !['NOUN', 'PROPN'].includes(run.at(-1)!.pos)) run.pop();
    const words = run.filter((token) => token.content);
    // The tagger takes any capitalised first word for a name ("Happy to help"): alone, it is not a topic.
    const capitalisedOpener = runStart === 0 && run.length === 1 && run[0].pos === 'PROPN';
    if (words.length > 0 && words.length <= 4 && !capitalisedOpener)
      phrases.push(words.map((token) => token.lemma).join(' '));
    run = [];
  };
  tokens.forEach((token, index) => {
    if (!['ADJ', 'NOUN', 'PROPN'].includes(token.pos) || (token.pos === 'ADJ' && !token.content)) return flush();
    if (run.length === 0) runStart = index;
    run.push(token);
  });
  flush();
  return phrases;
}
