import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a JSON Schema the corpus generates values from. */
export interface Schema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
}

export interface Field {
  name: string;
  schema: Schema;
  required: boolean;
}

/** One operation of the committed OpenAPI document, with every reference resolved. */
export interface Operation {
  method: string;
  template: string;
  pathParams: string[];
  query: Field[];
  body?: { contentType: string; fields: Field[] };
  /** Needs no API key (`security: []`): something in the request itself grants it, as a recording URL's signature. */
  keyless: boolean;
  /**
   * The media types its 4xx responses are documented in: problem+json on Callsight's own routes, a vendor's
   * own JSON body on the vendor-compatible ones (KestrelVoice, Kridtech).
   */
  errorMediaTypes: string[];
}

interface RawParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: RawParameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

/** Follows `$ref` and merges `allOf`, so a schema's own properties and required list are all in one place. */
function resolve(schema: Schema, document: Document): Schema {
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop() ?? ''], document);
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => resolve(part, document));
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<string, Schema>,
    required: parts.flatMap((part) => part.required ?? []),
  };
}

function fieldsOf(schema: Schema): Field[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    schema: property,
    required: (schema.required ?? []).includes(name),
  }));
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function readOperations(path = join(__dirname, '../../../openapi.json')): Operation[] {
  const document = JSON.parse(readFileSync(path, 'utf8')) as Document;
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]): Operation => {
        const parameters = operation.parameters ?? [];
        const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
        return {
          method: method.toUpperCase(),
          template,
          pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
          query: parameters
            .filter((p) => p.in === 'query')
            .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required ?? false })),
          body: media ? { contentType, fields: fieldsOf(resolve(media.schema, document)) } : undefined,
          keyless: Array.isArray(operation.security) && operation.security.length === 0,
          errorMediaTypes: [
            ...new Set(
              Object.entries(operation.responses ?? {})
                .filter(([status]) => status.startsWith('4'))
                .flatMap(([, response]) => Object.keys(response.content ?? {})),
            ),
          ],
        };
      }),
  );
}

export const routeName = (operation: Operation): string => `${operation.method} ${operation.template}`;
