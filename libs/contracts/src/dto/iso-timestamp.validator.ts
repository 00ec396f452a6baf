import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * ISO 8601 in the extended calendar form only (`2026-03-07`, `2026-03-07T14:30`, `…:05.123Z`, `…+02:00`).
 * class-validator's IsISO8601 also admits week dates and the basic form (`2026-W10`, `20260307`),
 * which `Date` cannot read, so they would reach the database as Invalid Date. A time without an offset is UTC.
 */
const ISO_CALENDAR = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Earlier years are typos, not calls. */
const MIN_YEAR = 1900;

/** Returns the instant `value` names, or null when it is not an ISO 8601 calendar date or date-time that exists. */
export function parseIsoTimestamp(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ISO_CALENDAR.exec(value);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year < MIN_YEAR || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(value) && value.length > 10;
  const date = new Date(zoned ? value : `${value.length === 10 ? `${value}T00:00` : value}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isoDecorator(
  name: string,
  accepts: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: accepts, defaultMessage: (args) => `${args?.property} ${message}` },
    });
}

export const IsIsoTimestamp = (options?: ValidationOptions): PropertyDecorator =>
  isoDecorator(
    'isIsoTimestamp',
    (value) => parseIsoTimestamp(value) !== null,
    'must be an ISO 8601 date (2026-03-07) or date-time (2026-03-07T14:30:00Z) that exists',
    options,
  );

export const IsIsoDate = (options?: ValidationOptions): PropertyDecorator =>
  isoDecorator(
    'isIsoDate',
    (value) => typeof value === 'string' && value.length === 10 && parseIsoTimestamp(value) !== null,
    'must be an ISO 8601 date (2026-03-07) that exists',
    options,
  );
