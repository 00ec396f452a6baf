/** A word or a run of digits in a text, with where it is. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isDigits: boolean;
}

/** Words (with inner apostrophes) and digit runs; everything else is what lies between tokens. */
const TOKEN = /[A-Za-z]+(?:'[A-Za-z]+)*|\d+/g;

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(TOKEN), (match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
    isDigits: /^\d/.test(match[0]),
  }));
}

/** The lower-cased words up to `count` tokens before `index`, nearest first. */
export function wordsBefore(tokens: readonly Token[], index: number, count: number): string[] {
  return tokens
    .slice(Math.max(0, index - count), index)
    .map((token) => token.lower)
    .reverse();
}
