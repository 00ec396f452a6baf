import type { FromSchema } from 'json-schema-to-ts';
import type { AlgorithmsConfig } from './algorithms.section';
import type { IngestionConfig } from './ingestion.section';
import type { LlmConfig } from './llm.section';
import type { ProcessingConfig } from './processing.section';
import type { TranscriptionConfig } from './transcription.section';
import type { WebhooksConfig } from './webhooks.section';
import { ConfigSection, SECTION_SCHEMAS, workspaceConfigSchema } from './workspace-config.schema';

/** true when each type is assignable to the other: the schema and the interface describe the same values. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type FromSection<S extends ConfigSection> = FromSchema<(typeof SECTION_SCHEMAS)[S]>;

/**
 * Compiled, not run: tsc (and ts-jest) refuse this file when a section's hand-written interface and what
 * its JSON Schema describes drift apart, e.g. a field added to one only or a different enum.
 */
const agreement: { [S in ConfigSection]: true } = {
  transcription: true satisfies Agree<FromSection<'transcription'>, TranscriptionConfig>,
  algorithms: true satisfies Agree<FromSection<'algorithms'>, AlgorithmsConfig>,
  llm: true satisfies Agree<FromSection<'llm'>, LlmConfig>,
  webhooks: true satisfies Agree<FromSection<'webhooks'>, WebhooksConfig>,
  ingestion: true satisfies Agree<FromSection<'ingestion'>, IngestionConfig>,
  processing: true satisfies Agree<FromSection<'processing'>, ProcessingConfig>,
};

describe('config section types', () => {
  it('cover every section of the whole schema', () => {
    expect(Object.keys(agreement).sort()).toEqual(Object.keys(workspaceConfigSchema.properties).sort());
  });
});
