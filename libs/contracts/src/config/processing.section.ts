export const processingSchema = {
  title: 'Processing',
  description: 'Thresholds that classify calls before analysis',
  type: 'object',
  additionalProperties: false,
  required: ['missed_call_max_seconds', 'short_call_max_seconds'],
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
  },
  examples: [{ missed_call_max_seconds: 8, short_call_max_seconds: 45 }],
} as const;

export interface ProcessingConfig {
  missed_call_max_seconds: number;
  short_call_max_seconds: number;
}
