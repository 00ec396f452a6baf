/** The JSON Schema dialect of every config schema: what `/api/v1/config/schema` serves and ajv compiles. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** An http(s) URL with a host; the `uri` format alone accepts `javascript:` and other schemes. */
export const httpUrlSchema = {
  type: 'string',
  format: 'uri',
  pattern: '^https?://[^/?#\\s]+',
  maxLength: 2048,
} as const;

/** Ids a workspace chooses for trackers, scorecards and criteria. */
export const ownIdSchema = { type: 'string', pattern: '^[a-z0-9_-]{1,64}$' } as const;

/** Algorithm ids: catalog ids and their copies (`talk_ratio.copy_3`). */
export const algorithmIdSchema = { type: 'string', pattern: '^[a-z0-9_.-]{1,64}$' } as const;

/**
 * A format of our own, checked by ajv with `isTimeZone` (what Intl knows); validators that do not know it
 * treat it as an annotation, as JSON Schema says of unknown formats.
 */
export const TIME_ZONE_FORMAT = 'iana-time-zone';

/** An IANA time zone name (`Europe/Berlin`, `UTC`). */
export const timeZoneSchema = { type: 'string', format: TIME_ZONE_FORMAT, maxLength: 64 } as const;
