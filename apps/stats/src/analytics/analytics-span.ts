import {
  ANALYTICS_DEFAULT_DAYS,
  ANALYTICS_MAX_DAYS,
  CallAnalyticsQuery,
  DomainError,
  ErrorCodes,
} from '@callsight/contracts';
import { localDay } from '../rollups/rollup-rows';
import { addDays, END_OF_CALENDAR } from '../queries/stats-sources';

/** First and last day of an analytics period in `zone`, both inclusive. */
export interface AnalyticsSpan {
  from: string;
  to: string;
  zone: string;
}

/**
 * The period asked for, with its defaults: the last ANALYTICS_DEFAULT_DAYS days up to today in `zone`, or
 * as many ending on the last day given. Refused when it runs backwards or holds more than ANALYTICS_MAX_DAYS
 * days, or ends in the calendar's last month. The wording names no parameter, as the KestrelVoice route calls them from_date and to_date.
 */
export function analyticsSpan(query: CallAnalyticsQuery, zone: string, now: Date): AnalyticsSpan {
  const to = query.to ?? localDay(now.toISOString(), zone);
  const from = query.from ?? addDays(to, -(ANALYTICS_DEFAULT_DAYS - 1));
  if (to >= END_OF_CALENDAR) refuse('to', `the last day must be before ${END_OF_CALENDAR}`);
  if (from > to) refuse('from', `the first day (${from}) must not be after the last (${to}, today unless given)`);
  if (daysOf(from, to) > ANALYTICS_MAX_DAYS) refuse('from', `a period may hold at most ${ANALYTICS_MAX_DAYS} days`);
  return { from, to, zone };
}

/** Every day from `from` to `to`, in order. */
export function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

const daysOf = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

function refuse(field: string, message: string): never {
  throw new DomainError(ErrorCodes.validationFailed, message, [{ field, message }]);
}
