import { Rewriter } from './rewriter';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const HOUR_WORDS = [...UNITS.slice(1), ...TEENS.slice(0, 3)];

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

/** "two eleven Maple Avenue" is an address, not a time. */
const STREET = '(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|court|ct|boulevard|blvd|way|place|circle|parkway)\\b';
const HOUR = `(?:${HOUR_WORDS.join('|')}|1[0-2]|0?[1-9])`;
const MINUTE_TENS = Object.keys(TENS).join('|');
/** Spoken minutes: "oh five", "fifteen", "forty five", "forty-five". */
const MINUTE = `(?:(?:oh|o) (?:${UNITS.slice(1).join('|')})|${TEENS.join('|')}|(?:${MINUTE_TENS})(?:[ -](?:${UNITS.slice(1).join('|')}))?|[0-5][0-9])`;
/** Minutes said before the hour: "ten past four", "twenty five to six". */
const BEFORE_HOUR = `(?:five|ten|twenty|twenty[ -]five|\\d{1,2})`;

const numberOf = (spoken: string): number => {
  const words = spoken.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  return words.reduce((total, word) => {
    if (/^\d+$/.test(word)) return total + Number(word);
    if (word === 'oh' || word === 'o') return total;
    if (UNITS.includes(word)) return total + UNITS.indexOf(word);
    if (TEENS.includes(word)) return total + 10 + TEENS.indexOf(word);
    return total + (TENS[word] ?? 0);
  }, 0);
};

const pad = (value: number): string => String(value).padStart(2, '0');
const previousHour = (hour: number): number => (hour === 1 ? 12 : hour - 1);

const ordinalOf = (spoken: string): number | null => {
  const words = spoken.toLowerCase().replace(/-/g, ' ').split(/\s+/);
  const last = ORDINALS[words.at(-1) ?? ''];
  if (last === undefined) return null;
  return words.length === 2 ? (TENS[words[0]] ?? 0) + last : last;
};
const ORDINAL_WORD = `(?:(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(ORDINALS).join('|')})`;
const suffixed = (day: number): string =>
  `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

/** A day of the month said without its month ("the fourteenth") means the next such day. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

type Rule = [RegExp, (match: RegExpExecArray) => string | null];

const IS_MONTH = new RegExp(`^${MONTH}$`, 'i');

/** Compiled once: a call has hundreds of sentences and each goes through every rule. */
const RULES: readonly Rule[] = [
  [/\b([ap])\.? ?m\b\.?/gi, (m) => `${m[1].toLowerCase()}m`],
  [/\b(?:twelve )?noon\b|\bmidday\b/gi, () => '12:00 pm'],
  [/\bmidnight\b/gi, () => '12:00 am'],
  [new RegExp(`\\b(?:a )?quarter (?:past|after) (${HOUR})\\b`, 'gi'), (m) => `${numberOf(m[1])}:15`],
  [new RegExp(`\\bhalf past (${HOUR})\\b`, 'gi'), (m) => `${numberOf(m[1])}:30`],
  [new RegExp(`\\b(?:a )?quarter (?:to|of|till|til) (${HOUR})\\b`, 'gi'), (m) => `${previousHour(numberOf(m[1]))}:45`],
  [
    new RegExp(
      `\\b(${BEFORE_HOUR}) (?:minutes )?(past|after|to|of|till) (${HOUR})\\b(?! (?:minutes|people|days))`,
      'gi',
    ),
    (m) => {
      const minutes = numberOf(m[1]);
      const hour = numberOf(m[3]);
      if (minutes >= 30) return null;
      return /past|after/i.test(m[2]) ? `${hour}:${pad(minutes)}` : `${previousHour(hour)}:${pad(60 - minutes)}`;
    },
  ],
  [new RegExp(`\\b(${HOUR}) o'?clock\\b`, 'gi'), (m) => `${numberOf(m[1])}:00`],
  [
    new RegExp(
      `\\b(${HOUR})[ ](${MINUTE})\\b(?! (?:minutes|dollars|bucks|percent|people|years|days|hours|weeks))(?! (?:\\w+ )?${STREET})`,
      'gi',
    ),
    (m) => {
      const hour = numberOf(m[1]);
      const minutes = numberOf(m[2]);
      return hour >= 1 && hour <= 12 && minutes < 60 ? `${hour}:${pad(minutes)}` : null;
    },
  ],
  [
    new RegExp(`(?<!\\b(?:how|what) )\\b(?:around|about|by|after|say) (\\d{1,2}(?::\\d\\d)?)\\b`, 'gi'),
    (m) => `at ${m[1]}`,
  ],
  [
    new RegExp(`(?<!\\b(?:how|what) )\\b(at|around|about|by) (${HOUR_WORDS.join('|')})\\b`, 'gi'),
    (m) => `at ${numberOf(m[2])}`,
  ],
  [new RegExp(`\\b(${HOUR_WORDS.join('|')}) ([ap]m)\\b`, 'gi'), (m) => `${numberOf(m[1])} ${m[2]}`],
  [
    new RegExp(
      `\\b(${MONTH}|${WEEKDAY}|the) (?:the )?(${ORDINAL_WORD})\\b(?! (?:time|thing|one|step|person|floor|place|visit|appointment|option|available))`,
      'gi',
    ),
    (m) => {
      const day = ordinalOf(m[2]);
      if (day === null) return null;
      if (IS_MONTH.test(m[1])) return `${m[1]} ${suffixed(day)}`;
      return `${m[1].toLowerCase() === 'the' ? '' : `${m[1]} `}the ${suffixed(day)}`;
    },
  ],
];
const DAY_OF_MONTH = /\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! of)/gi;
const WEEKS_FROM = /\b(a|one|two|three) weeks? from (today|tomorrow)\b/gi;
const CLOCK = `(?:\\d{1,2}(?::\\d\\d)?|${HOUR_WORDS.join('|')})`;
/** Digits only, after the rules above: the windows and parts of the day read off the clock times. */
const CLOCK_RULES: readonly Rule[] = [
  // A window ("between eight and ten", "between eight and noon") books its start.
  [
    new RegExp(`\\bbetween (${CLOCK})( ?[ap]m)? and ${CLOCK}(?::\\d\\d)?(?: ?[ap]m)?`, 'gi'),
    (m) => `at ${/^\d/.test(m[1]) ? m[1] : numberOf(m[1])}${m[2] ?? ''}`,
  ],
  // "seven thirty Wednesday morning", "three tomorrow afternoon": the part of the day sets am or pm.
  [
    new RegExp(
      `\\b(\\d{1,2}(?::\\d\\d)?)((?:,? (?:on )?(?:${WEEKDAY}|today|tomorrow))?),? (?:in the )?(morning|afternoon|evening)\\b`,
      'gi',
    ),
    (m) => `${m[1]} ${/morning/i.test(m[3]) ? 'am' : 'pm'}${m[2]}`,
  ],
  [
    new RegExp(
      `\\b((?:${WEEKDAY}|today|tomorrow|this) )?(morning|afternoon|evening),? (at|around) (\\d{1,2}(?::\\d\\d)?)\\b(?! ?[ap]m)`,
      'gi',
    ),
    (m) => `${m[1] ?? ''}at ${m[4]} ${/morning/i.test(m[2]) ? 'am' : 'pm'}`,
  ],
];

/**
 * Speech to the digits chrono-node reads: "two thirty" → "2:30", "quarter past ten" → "10:15",
 * "noon" → "12:00 pm", "the fourteenth" → "December 14" (the next 14th after the call).
 */
export function normaliseSpokenTimes(text: string, today: LocalDay | null): Rewriter {
  const rewriter = [...RULES, ...CLOCK_RULES].reduce(
    (current, [pattern, replacement]) => current.replace(pattern, replacement),
    new Rewriter(text),
  );
  if (!today) return rewriter;
  return rewriter
    .replace(DAY_OF_MONTH, (m) => dayWithMonth(Number(m[1]), today, m))
    .replace(WEEKS_FROM, (m) => weeksFrom(m, today));
}

/** "a week from today" → "February 16, 2026": chrono-node reads it as today. */
function weeksFrom(match: RegExpExecArray, today: LocalDay): string {
  const weeks = ['a', 'one'].includes(match[1].toLowerCase()) ? 1 : numberOf(match[1]);
  const start = match[2].toLowerCase() === 'tomorrow' ? 1 : 0;
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + start + weeks * 7));
  const month = MONTHS[day.getUTCMonth()];
  return `${month[0].toUpperCase()}${month.slice(1)} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

/** "the 14th" → "December 14": this month's when it has not passed, else next month's. */
function dayWithMonth(day: number, today: LocalDay, match: RegExpExecArray): string | null {
  if (day < 1 || day > 31) return null;
  const before = match.input.slice(0, match.index).trimEnd().split(/\s+/).at(-1) ?? '';
  if (IS_MONTH.test(before)) return null;
  const monthIndex = day >= today.day ? today.month - 1 : today.month % 12;
  return `${MONTHS[monthIndex][0].toUpperCase()}${MONTHS[monthIndex].slice(1)} ${day}`;
}
