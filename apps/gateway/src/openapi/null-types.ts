type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function addNullType(schema: JsonObject, at: string): JsonObject {
  if (typeof schema.type !== 'string' || 'allOf' in schema || '$ref' in schema)
    throw new Error(`${at}: a nullable schema needs one plain type to be written for OpenAPI 3.1`);
  const nullableEnum = Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {};
  return { ...schema, type: [schema.type, 'null'], ...nullableEnum };
}

/**
 * @nestjs/swagger writes OpenAPI 3.0's `nullable: true`, which 3.1 (JSON Schema 2020-12) no longer has:
 * there a value that may be null has `null` among its types (and in its enum).
 */
export function withNullTypes<T>(value: T, at = '#'): T {
  if (Array.isArray(value)) return value.map((item: unknown, index) => withNullTypes(item, `${at}/${index}`)) as T;
  if (!isObject(value)) return value;
  const converted: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'nullable' && typeof item === 'boolean') continue;
    converted[key] = withNullTypes(item, `${at}/${key}`);
  }
  return (value.nullable === true ? addNullType(converted, at) : converted) as T;
}
