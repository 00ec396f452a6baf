import type { JsonSchema } from '../algorithms/json-schema';

/** From the strongest way of asking for the answer's shape to the weakest; `auto` walks down it. */
export const FORMAT_LADDER = ['json_schema', 'json_object', 'none'] as const;
export type ResponseFormatKind = (typeof FORMAT_LADDER)[number];

export type ResponseFormat =
  { type: 'json_schema'; json_schema: { name: string; schema: JsonSchema; strict: boolean } } | { type: 'json_object' };

export function responseFormatFor(kind: ResponseFormatKind, schema: JsonSchema): ResponseFormat | undefined {
  if (kind === 'json_schema')
    return { type: 'json_schema', json_schema: { name: 'answer', schema, strict: strictCompatible(schema) } };
  if (kind === 'json_object') return { type: 'json_object' };
  return undefined;
}

export const weakerThan = (kind: ResponseFormatKind): ResponseFormatKind | undefined =>
  FORMAT_LADDER[FORMAT_LADDER.indexOf(kind) + 1];

/** Without server-side constraints the model only knows the shape from the prompt (json_object needs "JSON" there too). */
export const schemaInstructions = (kind: ResponseFormatKind, schema: JsonSchema): string =>
  kind === 'json_schema'
    ? 'Answer in JSON.'
    : `Answer with only a JSON object that matches this JSON Schema, nothing else:\n${JSON.stringify(schema)}`;

/**
 * OpenAI's strict mode accepts only schemas where every object lists all its properties as required
 * and forbids others; asking strictly for any other schema is a 400, so such schemas go non-strict.
 */
export function strictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(strictCompatible);
  if (typeof schema !== 'object' || schema === null) return true;
  const node = schema as Record<string, unknown>;
  if (node.properties !== undefined) {
    const keys = Object.keys(node.properties as object);
    const required = Array.isArray(node.required) ? node.required : [];
    if (node.additionalProperties !== false || !keys.every((key) => required.includes(key))) return false;
  } else if (node.type === 'object' && node.additionalProperties !== false) return false;
  return Object.values(node).every(strictCompatible);
}

const RESPONSE_FORMAT_WORDS = /response_format|json_schema|json_object|structured output|guided/i;

/** A 400 (or 422) that names the response format: the endpoint does not take that kind, a weaker one may do. */
export function refusesResponseFormat(status: number | undefined, message: string): boolean {
  return (status === 400 || status === 422) && RESPONSE_FORMAT_WORDS.test(message);
}

/**
 * The JSON object in a model's answer. Weaker formats bring code fences or a sentence around it, so
 * the outermost braces are tried when the whole text is not JSON.
 */
export function parseJsonObject(text: string): { value: Record<string, unknown> } | { problem: string } {
  const candidates = [text.trim(), text.replace(/^[\s\S]*?```(?:json)?\s*|```[\s\S]*$/g, '').trim()];
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  let problem = 'it is empty';
  for (const candidate of candidates.filter(Boolean)) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return { value: value as Record<string, unknown> };
      problem = 'it is JSON but not an object';
    } catch (error) {
      problem = `it is not valid JSON (${(error as Error).message})`;
    }
  }
  return { problem };
}
