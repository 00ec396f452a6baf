export const DUPLICATE_POLICIES = ['process', 'skip'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export const ingestionSchema = {
  title: 'Ingestion',
  description: 'How submissions are accepted',
  type: 'object',
  additionalProperties: false,
  required: ['duplicate_policy'],
  properties: {
    duplicate_policy: {
      description:
        'What to do with a call whose source_call_id the workspace has already submitted: process it again, or skip it (the job is created as skipped, with the reason)',
      enum: DUPLICATE_POLICIES,
      default: 'process',
    },
  },
  examples: [{ duplicate_policy: 'skip' }],
} as const;

export interface IngestionConfig {
  duplicate_policy: DuplicatePolicy;
}
