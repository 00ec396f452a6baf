import type { PiiSpan } from './pii-span';

const WRITTEN = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Email tokens: words that may hold dots and dashes ("john.smith", "gmail.com"). */
const EMAIL_TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?/g;

const TLDS = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'io',
  'co',
  'us',
  'uk',
  'ca',
  'au',
  'de',
  'fr',
  'info',
  'biz',
  'me',
  'ai',
  'app',
  'dev',
  'tv',
]);
/** Mailbox providers people name without "dot com": "john smith at gmail". */
const PROVIDERS = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'aol', 'icloud', 'protonmail', 'comcast', 'msn']);
const SYMBOLS: Record<string, string> = { dot: '.', period: '.', underscore: '_', dash: '-', hyphen: '-' };
const CONNECTORS = new Set(Object.keys(SYMBOLS));
const DIGITS: Record<string, string> = {
  zero: '0',
  oh: '0',
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
const NUMBER_WORDS = new Set([
  'zero',
  'oh',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]);
/** Words before "at" that are not the name of a mailbox: "email us at", "look at", "it's at". */
const NOT_LOCAL = new Set([
  'at',
  'is',
  'me',
  'us',
  'you',
  'him',
  'her',
  'them',
  'it',
  'its',
  "it's",
  'that',
  'this',
  'there',
  'here',
  'back',
  'home',
  'work',
  'look',
  'looking',
  'visit',
  'go',
  'online',
  'site',
  'website',
  'email',
  'mail',
  'address',
  'was',
  'be',
  'and',
  'or',
  'the',
  'a',
  'an',
  'arrive',
  'open',
  'closed',
]);

interface EmailToken {
  lower: string;
  start: number;
  end: number;
}

const isConnector = (token: EmailToken | undefined) => token !== undefined && CONNECTORS.has(token.lower);
const isNumber = (token: EmailToken | undefined) =>
  token !== undefined && (/^\d+$/.test(token.lower) || NUMBER_WORDS.has(token.lower));

/** Where the domain said after "at" ends, as a token index, or -1 when what follows is not a domain. */
function domainEnd(tokens: readonly EmailToken[], at: number): number {
  let index = at + 1;
  const first = tokens[index] as EmailToken | undefined;
  if (!first || NOT_LOCAL.has(first.lower)) return -1;
  const labels = first.lower.split('.');
  while (isConnector(tokens[index + 1]) && tokens[index + 2]) {
    index += 2;
    labels.push(...tokens[index].lower.split('.'));
  }
  if (labels.length > 1 && TLDS.has(labels[labels.length - 1])) return index;
  return labels.length === 1 && PROVIDERS.has(labels[0]) ? index : -1;
}

/** Where the mailbox said before "at" starts, as a token index, or -1 when there is none. */
function localStart(tokens: readonly EmailToken[], at: number): number {
  let index = at - 1;
  if (index < 0 || NOT_LOCAL.has(tokens[index].lower)) return -1;
  // Digits after a name belong to it ("smith eighty two at"), and so do parts joined by "dot" or "underscore".
  for (;;) {
    const previous = tokens[index - 1] as EmailToken | undefined;
    if (isNumber(tokens[index]) && previous && !NOT_LOCAL.has(previous.lower) && !isConnector(previous)) index -= 1;
    else if (isConnector(previous) && index > 1) index -= 2;
    else break;
  }
  // Spelled initials: "j smith at gmail dot com".
  while (index > 0 && /^[b-hj-z]$/.test(tokens[index - 1].lower)) index -= 1;
  return index;
}

/** Addresses said aloud: "john dot smith at gmail dot com". */
function spokenEmails(text: string): PiiSpan[] {
  const tokens: EmailToken[] = Array.from(text.matchAll(EMAIL_TOKEN), (match) => ({
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const spans: PiiSpan[] = [];
  tokens.forEach((token, at) => {
    if (token.lower !== 'at') return;
    const end = domainEnd(tokens, at);
    const start = end < 0 ? -1 : localStart(tokens, at);
    if (start < 0) return;
    const from = tokens[start].start;
    const to = tokens[end].end;
    const value = tokens
      .slice(start, end + 1)
      .map((part, index) => (start + index === at ? '@' : (SYMBOLS[part.lower] ?? DIGITS[part.lower] ?? part.lower)))
      .join('');
    spans.push({ type: 'email', start: from, end: to, text: text.slice(from, to), value });
  });
  return spans;
}

export function findEmails(text: string): PiiSpan[] {
  const written = Array.from(text.matchAll(WRITTEN), (match): PiiSpan => ({
    type: 'email',
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    value: match[0].toLowerCase(),
  }));
  return [...written, ...spokenEmails(text)];
}
