import type { Algorithm, AlgorithmInput } from '../algorithm';
import { AlgorithmSkipped } from '../algorithm';
import type { JsonSchema } from '../json-schema';
import { callSeconds } from '../text/timing';
import { NO_LLM_ENDPOINT } from '../../llm/llm-config';
import { transcriptForPrompt } from '../../llm/transcript-for-prompt';

export interface LlmPromptVariables {
  [key: string]: unknown;
  prompt_template: string;
  system_prompt: string;
  output_schema: JsonSchema;
  /** The workspace's own placeholders: `{{product}}` is `values.product`. */
  values: Record<string, string | number | boolean>;
  max_transcript_chars: number;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*\}\}/g;

const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** What the built-in placeholders stand for on this call; an unknown fact reads "unknown". */
function builtIns({ segments, call, variables }: AlgorithmInput<LlmPromptVariables>): Map<string, string> {
  const seconds = callSeconds(segments, call.durationSeconds);
  return new Map([
    ['transcript', transcriptForPrompt(segments, variables.max_transcript_chars).text],
    ['call.title', call.title ?? 'unknown'],
    ['call.date', call.callDate ?? 'unknown'],
    ['duration', seconds === null ? 'unknown' : clock(seconds)],
  ]);
}

/**
 * Fills `{{name}}` placeholders. A name that is neither built in nor among the values fails the run
 * with the name, rather than sending the model a prompt with a hole in it; a template without
 * `{{transcript}}` gets the transcript after it, since a call analysis without the call is no analysis.
 */
export function renderPrompt(input: AlgorithmInput<LlmPromptVariables>): string {
  const known = builtIns(input);
  const { prompt_template: template, values } = input.variables;
  const hidden = Object.keys(values).filter((name) => known.has(name));
  if (hidden.length > 0) throw new Error(`values cannot be named like a built-in placeholder: ${hidden.join(', ')}`);
  const missing = [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .filter((name) => !known.has(name) && !(name in values));
  if (missing.length > 0)
    throw new Error(`prompt_template uses {{${missing[0]}}}, which is neither built in nor among its values`);
  const filled = template.replace(PLACEHOLDER, (_, name: string) => known.get(name) ?? String(values[name]));
  const mentionsTranscript = [...template.matchAll(PLACEHOLDER)].some((match) => match[1] === 'transcript');
  return mentionsTranscript ? filled : `${filled}\n\nTranscript:\n${known.get('transcript')}`;
}

const ANSWER_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['answer'],
  additionalProperties: false,
  properties: { answer: { type: 'string' } },
};

export const LLM_PROMPT: Algorithm<LlmPromptVariables, Record<string, unknown>> = {
  id: 'llm_prompt',
  version: 1,
  name: 'LLM prompt',
  description:
    "Asks the workspace's language model a prompt about the call (a template with {{transcript}}, {{call.title}}, {{call.date}}, {{duration}} and the workspace's own values) and records its answer, checked against an output JSON Schema",
  kind: 'llm',
  enabledByDefault: false,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      prompt_template: {
        type: 'string',
        minLength: 1,
        maxLength: 20_000,
        default: 'Summarise this call in two or three sentences: who called, why, and how it ended.\n\n{{transcript}}',
      },
      system_prompt: {
        type: 'string',
        maxLength: 20_000,
        default:
          'You analyse phone calls between a business and its customers. Base every answer on the transcript only.',
      },
      output_schema: { type: 'object', default: ANSWER_SCHEMA },
      values: {
        type: 'object',
        propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
        additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
        default: {},
      },
      max_transcript_chars: { type: 'integer', minimum: 1_000, maximum: 500_000, default: 60_000 },
    },
  },
  outputSchema: { type: 'object' },
  async run(input) {
    if (input.segments.every((segment) => segment.text.trim() === ''))
      throw new AlgorithmSkipped('the transcript is empty');
    if (!input.llm) throw new AlgorithmSkipped(NO_LLM_ENDPOINT);
    const completion = await input.llm.complete({
      system: input.variables.system_prompt,
      prompt: renderPrompt(input),
      outputSchema: input.variables.output_schema,
      signal: input.signal,
    });
    return completion.output;
  },
};
