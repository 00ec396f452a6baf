import type { Token } from './tokens';

const UNITS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const TEENS: Record<string, string> = {
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
};
const TENS: Record<string, string> = {
  twenty: '2',
  thirty: '3',
  forty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
};
const REPEATS: Record<string, number> = { double: 2, triple: 3 };

/** Digits said or written together, such as "five five five" or "555" or "double five". */
export interface DigitPiece {
  digits: string;
  start: number;
  end: number;
  /** Index of the piece's first token. */
  tokenIndex: number;
  spoken: boolean;
  /** What separates it from the piece before (empty for the first). */
  gap: string;
}

/** Pieces that follow each other with only spaces or light punctuation between them. */
export interface DigitRun {
  pieces: DigitPiece[];
}

/** What may stand between two pieces of one number: spaces, dashes, dots, commas, brackets. */
const JOINER = /^[\s,.\-–()]{0,4}$/;
/** A comma or a full stop is a pause: a number may end there (a zip code said before a phone number). */
const PAUSE = /[,;]|\.\s/;

export const isPause = (gap: string): boolean => PAUSE.test(gap);

/** The piece starting at token `index`, or null when that token is not part of a number. */
function pieceAt(text: string, tokens: readonly Token[], index: number): { digits: string; last: number } | null {
  const token = tokens[index];
  if (token.isDigits) return { digits: token.text, last: index };
  const next = tokens[index + 1] as Token | undefined;
  const joined = (gap: RegExp) => next !== undefined && gap.test(text.slice(token.end, next.start));
  const unit = UNITS[token.lower];
  if (unit !== undefined) {
    if (next?.lower === 'hundred' && joined(/^\s+$/) && unit !== '0') return { digits: `${unit}00`, last: index + 1 };
    return { digits: unit, last: index };
  }
  if (TEENS[token.lower]) return { digits: TEENS[token.lower], last: index };
  const tens = TENS[token.lower];
  if (tens) {
    const ones = next && joined(/^[\s-]$/) ? UNITS[next.lower] : undefined;
    if (ones && ones !== '0') return { digits: tens + ones, last: index + 1 };
    return { digits: `${tens}0`, last: index };
  }
  const repeat = REPEATS[token.lower];
  const repeated = next && joined(/^\s+$/) ? UNITS[next.lower] : undefined;
  if (repeat && repeated) return { digits: repeated.repeat(repeat), last: index + 1 };
  return null;
}

/** Splits a text's tokens into runs of digits, written or spoken ("oh" is zero, "double five" is 55). */
export function digitRuns(text: string, tokens: readonly Token[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let current: DigitPiece[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const piece = pieceAt(text, tokens, index);
    if (!piece) {
      if (current.length > 0) runs.push({ pieces: current });
      current = [];
      continue;
    }
    const previous = current.at(-1);
    const gap = previous ? text.slice(previous.end, tokens[index].start) : '';
    if (previous && !JOINER.test(gap)) {
      runs.push({ pieces: current });
      current = [];
    }
    current.push({
      digits: piece.digits,
      start: tokens[index].start,
      end: tokens[piece.last].end,
      tokenIndex: index,
      spoken: !tokens[index].isDigits,
      gap: current.length > 0 ? gap : '',
    });
    index = piece.last;
  }
  if (current.length > 0) runs.push({ pieces: current });
  return runs;
}
