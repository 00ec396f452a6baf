import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export const OPENAPI_PATH = join(__dirname, '..', '..', 'openapi.json');
const DOCUMENT_ID = 'https://callsight.invalid/openapi.json';

/** Every object the document describes with properties gets no others: a field it does not name is a finding. */
function closed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(closed);
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, closed(item)]));
  return 'properties' in copy && !('additionalProperties' in copy) ? { ...copy, additionalProperties: false } : copy;
}

interface HeaderParameter {
  name: string;
  in: string;
  required?: boolean;
  schema: object;
}

interface DocumentParts {
  components: unknown;
  webhooks: Record<string, { post: { parameters: HeaderParameter[] } }>;
}

const readDocument = () => JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as DocumentParts;

function loadValidator(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: closed(readDocument().components) });
  return ajv;
}

let validator: Ajv2020 | undefined;

/**
 * Checks `value` against a schema of the committed openapi.json, as JSON Schema 2020-12 (the dialect of
 * OpenAPI 3.1), stricter than the document in one way: fields the schema does not name are refused.
 * Returns the problems found, [] when there are none.
 */
export function problemsAgainst(schemaName: string, value: unknown): string[] {
  validator ??= loadValidator();
  const validate = validator.getSchema(`${DOCUMENT_ID}#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`openapi.json has no schema ${schemaName}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** Checks the headers a webhook request came with against the header parameters the document gives that webhook. */
export function headerProblemsOfWebhook(webhookName: string, headers: Record<string, unknown>): string[] {
  validator ??= loadValidator();
  const ajv = validator;
  const parameters = readDocument().webhooks[webhookName]?.post.parameters;
  if (!parameters) throw new Error(`openapi.json has no webhook ${webhookName}`);
  return parameters
    .filter((parameter) => parameter.in === 'header')
    .flatMap((parameter) => {
      const value = headers[parameter.name.toLowerCase()];
      if (value === undefined) return parameter.required ? [`${parameter.name} is missing`] : [];
      return ajv.validate(parameter.schema, value) ? [] : [`${parameter.name} ${ajv.errorsText()}`];
    });
}
