import { algorithmsSchema, type AlgorithmsConfig } from './algorithms.section';
import { ingestionSchema, type IngestionConfig } from './ingestion.section';
import { JSON_SCHEMA_DIALECT } from './json-schema';
import { llmSchema, type LlmConfig } from './llm.section';
import { processingSchema, type ProcessingConfig } from './processing.section';
import { transcriptionSchema, type TranscriptionConfig } from './transcription.section';
import { webhooksSchema, type WebhooksConfig } from './webhooks.section';

export const CONFIG_SECTIONS = ['transcription', 'algorithms', 'llm', 'webhooks', 'ingestion', 'processing'] as const;
export type ConfigSection = (typeof CONFIG_SECTIONS)[number];

export const isConfigSection = (name: string): name is ConfigSection =>
  (CONFIG_SECTIONS as readonly string[]).includes(name);

/** A workspace's configuration as services use it: every field, defaults filled in, secrets included (never sent to clients as is). */
export interface ResolvedWorkspaceConfig {
  transcription: TranscriptionConfig;
  algorithms: AlgorithmsConfig;
  llm: LlmConfig;
  webhooks: WebhooksConfig;
  ingestion: IngestionConfig;
  processing: ProcessingConfig;
}

/** What a workspace set, per section: only the fields it chose; the schema's defaults fill the rest. */
export type WorkspaceConfigSettings = Partial<Record<ConfigSection, Record<string, unknown>>>;

/** The single source of truth for each section: validation, defaults, `/api/v1/config/schema/{section}` and the OpenAPI document. */
export const SECTION_SCHEMAS = {
  transcription: transcriptionSchema,
  algorithms: algorithmsSchema,
  llm: llmSchema,
  webhooks: webhooksSchema,
  ingestion: ingestionSchema,
  processing: processingSchema,
} as const;

/** Write-only fields: kept when a write omits them, never shown, and always read from the latest version. */
export const SECRET_FIELDS = { webhooks: 'secret', llm: 'api_key' } as const satisfies Partial<
  Record<ConfigSection, string>
>;
export type SecretSection = keyof typeof SECRET_FIELDS;

/** The whole configuration: each section defaults to `{}`, whose fields then take their own defaults. */
export const workspaceConfigSchema = {
  $schema: JSON_SCHEMA_DIALECT,
  title: 'Workspace configuration',
  description:
    'Every section of a workspace configuration. A section or field left out takes its default; the resolved configuration is these defaults merged with what the workspace set.',
  type: 'object',
  additionalProperties: false,
  required: [...CONFIG_SECTIONS],
  properties: {
    transcription: { ...transcriptionSchema, default: {} },
    algorithms: { ...algorithmsSchema, default: {} },
    llm: { ...llmSchema, default: {} },
    webhooks: { ...webhooksSchema, default: {} },
    ingestion: { ...ingestionSchema, default: {} },
    processing: { ...processingSchema, default: {} },
  },
} as const;

/** One section's schema as served on its own. */
export const sectionSchemaDocument = (section: ConfigSection): Record<string, unknown> => ({
  $schema: JSON_SCHEMA_DIALECT,
  ...SECTION_SCHEMAS[section],
});
