import * as chrono from 'chrono-node';
import { LocalDay, normaliseSpokenTimes } from './spoken-times';

export interface LocalTime {
  hour: number;
  minute: number;
}

/** A date or time said in a sentence, resolved against the call's day in the workspace's timezone. */
export interface TimeMention {
  /** The words as spoken ("two thirty tomorrow"). */
  phrase: string;
  date: LocalDay | null;
  time: LocalTime | null;
  /** The timezone said with the time ("two thirty Eastern"); null for the workspace's own. */
  timeZone: string | null;
}

/** US zones as people say them after a time: "Thursday at two thirty Eastern". */
const SPOKEN_ZONES: Record<string, string> = {
  eastern: 'America/New_York',
  central: 'America/Chicago',
  mountain: 'America/Denver',
  pacific: 'America/Los_Angeles',
};
const ZONE_AFTER = /^,? (eastern|central|mountain|pacific)\b/i;

/** The call's moment, seen from the workspace's timezone. */
export interface Reference {
  instant: Date;
  timeZone: string;
  /** The zone's offset from UTC at the call, in minutes: the same for every sentence of the run. */
  offset: number;
  today: LocalDay;
}

/** "next week", "in a month", "wait a minute": not a time anyone can be booked for. */
const VAGUE = /\b(?:seconds?|minutes?|weeks?|months?|years?|weekend)\b/i;
/** Offices book from 8 to 7: "two thirty" said without am or pm is 2:30 PM, "nine" is 9 AM. */
const LATEST_AFTERNOON_HOUR = 7;

export function referenceOf(callDate: string | null, timeZone: string): Reference | null {
  assertTimeZone(timeZone);
  if (!callDate) return null;
  const instant = new Date(callDate);
  if (Number.isNaN(instant.getTime())) return null;
  const local = wallClock(instant, timeZone);
  return {
    instant,
    timeZone,
    offset: offsetMinutes(timeZone, instant),
    today: { year: local.year, month: local.month, day: local.day },
  };
}

/** chrono-node takes milliseconds a sentence; most sentences of a call name no day or time at all. */
const MAY_NAME_A_TIME =
  /\d|\b(?:today|tonight|tomorrow|noon|midday|midnight|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|week|weekend)\b/i;

export function timesIn(text: string, reference: Reference): TimeMention[] {
  const rewritten = normaliseSpokenTimes(text, reference.today);
  if (!MAY_NAME_A_TIME.test(rewritten.text)) return [];
  return chrono
    .parse(rewritten.text, { instant: reference.instant, timezone: reference.offset }, { forwardDate: true })
    .map((result) => {
      const end = result.index + result.text.length;
      const zone = ZONE_AFTER.exec(rewritten.text.slice(end))?.[1].toLowerCase();
      return mentionOf(result, rewritten.originalOf(result.index, end), zone ? SPOKEN_ZONES[zone] : null);
    })
    .filter((mention): mention is TimeMention => mention !== null)
    .filter((mention) => !mention.date || !isBefore(mention.date, reference.today));
}

function mentionOf(result: chrono.ParsedResult, phrase: string, timeZone: string | null): TimeMention | null {
  const start = movedTo(result);
  const hasDate = start.isCertain('day') || start.isCertain('weekday');
  const hasTime = start.isCertain('hour');
  if (!hasDate && !hasTime) return null;
  if (VAGUE.test(result.text) && !start.isCertain('weekday') && !start.isCertain('meridiem')) return null;
  const hour = start.get('hour') ?? 0;
  const afternoon = !start.isCertain('meridiem') && hour >= 1 && hour <= LATEST_AFTERNOON_HOUR;
  return {
    phrase,
    date: hasDate ? { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! } : null,
    time: hasTime ? { hour: afternoon ? hour + 12 : hour, minute: start.get('minute') ?? 0 } : null,
    timeZone,
  };
}

/**
 * A range across days ("from Thursday at three to Friday at twelve") is a move, not a window:
 * its end is the appointment.
 */
function movedTo({ start, end }: chrono.ParsedResult): chrono.ParsedComponents {
  if (!end || !(end.isCertain('day') || end.isCertain('weekday'))) return start;
  return end.get('day') !== start.get('day') || end.get('month') !== start.get('month') ? end : start;
}

const isBefore = (a: LocalDay, b: LocalDay): boolean =>
  a.year * 10_000 + a.month * 100 + a.day < b.year * 10_000 + b.month * 100 + b.day;

/** ISO 8601 with the timezone's offset on that day (daylight saving is the zone's, not the call's). */
export function isoOf(day: LocalDay, time: LocalTime, timeZone: string): string {
  const guess = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  const first = offsetMinutes(timeZone, new Date(guess));
  const offset = offsetMinutes(timeZone, new Date(guess - first * 60_000));
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${dateOf(day)}T${pad(time.hour)}:${pad(time.minute)}:00${sign}${hours}:${minutes}`;
}

export const dateOf = (day: LocalDay): string => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

const pad = (value: number): string => String(value).padStart(2, '0');

function wallClock(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(timeZone: string, instant: Date): number {
  const local = wallClock(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new Error(`timezone ${JSON.stringify(timeZone)} is not an IANA timezone such as America/New_York`);
  }
}
