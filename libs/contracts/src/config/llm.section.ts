import { httpUrlSchema } from './json-schema';

export const STRUCTURED_OUTPUT_MODES = ['auto', 'json_schema', 'json_object', 'none'] as const;
export type StructuredOutputMode = (typeof STRUCTURED_OUTPUT_MODES)[number];

export const llmSchema = {
  title: 'LLM',
  description: 'The OpenAI-compatible chat completions endpoint that LLM algorithms and scorecard questions use',
  type: 'object',
  additionalProperties: false,
  required: ['base_url', 'model', 'api_key', 'max_concurrency', 'timeout_ms', 'structured_output'],
  properties: {
    base_url: {
      ...httpUrlSchema,
      type: ['string', 'null'],
      description:
        'OpenAI-compatible base URL, e.g. http://llm.internal:8000/v1; null for no LLM (LLM algorithms are skipped, saying why)',
      default: null,
    },
    model: {
      description: 'Model name sent with every request',
      type: ['string', 'null'],
      minLength: 1,
      maxLength: 200,
      default: null,
    },
    api_key: {
      description:
        'Bearer token for the endpoint. Write-only: never shown (views say has_api_key); omit it to keep the current one',
      type: ['string', 'null'],
      minLength: 1,
      maxLength: 500,
      writeOnly: true,
      default: null,
    },
    max_concurrency: {
      description: 'Requests in flight at once, per replica',
      type: 'integer',
      minimum: 1,
      maximum: 16,
      default: 4,
    },
    timeout_ms: {
      description: 'Time allowed for one request',
      type: 'integer',
      minimum: 1000,
      maximum: 120000,
      default: 30000,
    },
    structured_output: {
      description:
        'How JSON output is asked for: auto tries json_schema, then json_object, then a prompt alone, as the server allows',
      enum: STRUCTURED_OUTPUT_MODES,
      default: 'auto',
    },
  },
  examples: [{ base_url: 'http://llm.internal:8000/v1', model: 'qwen2.5-7b-instruct', api_key: 'sk-local-example' }],
} as const;

export interface LlmConfig {
  /** OpenAI-compatible base URL; null = no LLM (LLM algorithms skipped). */
  base_url: string | null;
  model: string | null;
  /** Secret: write-only; views show has_api_key. */
  api_key: string | null;
  /** Per replica. */
  max_concurrency: number;
  timeout_ms: number;
  structured_output: StructuredOutputMode;
}
