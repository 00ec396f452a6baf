import { timeZoneSchema } from './json-schema';

export const processingSchema = {
  title: 'Processing',
  description: 'Thresholds that classify calls before analysis, and the time zone whose days calls are counted on',
  type: 'object',
  additionalProperties: false,
  required: ['missed_call_max_seconds', 'short_call_max_seconds', 'timezone'],
  properties: {
    missed_call_max_seconds: {
      description: 'Calls this short with (almost) no customer speech are missed calls',
      type: 'number',
      minimum: 0,
      maximum: 600,
      default: 10,
    },
    short_call_max_seconds: {
      description: 'Calls up to this long are short calls',
      type: 'number',
      minimum: 0,
      maximum: 3600,
      default: 30,
    },
    timezone: {
      ...timeZoneSchema,
      description:
        "The workspace's IANA time zone. A call is counted in the statistics on its day in the zone set when it was accepted (a change applies to calls accepted after it; the stats routes' `tz` answers any zone), and the appointment algorithm reads spoken times in it unless its own `timezone` variable is set",
      default: 'UTC',
      examples: ['America/New_York', 'Europe/Berlin'],
    },
  },
  examples: [{ missed_call_max_seconds: 8, short_call_max_seconds: 45, timezone: 'America/Chicago' }],
} as const;

export interface ProcessingConfig {
  missed_call_max_seconds: number;
  short_call_max_seconds: number;
  /** IANA time zone name; 'UTC' unless the workspace set one. */
  timezone: string;
}
