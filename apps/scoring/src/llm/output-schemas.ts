import { JsonSchema, SchemaChecker, SchemaProblem } from '../algorithms/json-schema';

/** How many distinct output schemas stay compiled; past it the cache starts afresh. */
const MAX_SCHEMAS = 256;

/**
 * Output schemas arrive as new objects on every run (workspace variables, scorecard questions), and
 * SchemaChecker caches by object, so equal schemas are mapped to one object here and the cache is
 * bounded: a workspace editing its schema all day must not grow the process.
 */
export class OutputSchemas {
  private checker = new SchemaChecker();
  private readonly byText = new Map<string, JsonSchema>();

  /** The one object for this schema, compiled; throws with what is wrong when it cannot be used. */
  canonical(schema: JsonSchema): JsonSchema {
    const text = JSON.stringify(schema);
    const known = this.byText.get(text);
    if (known) return known;
    if (schema.type !== 'object') throw new Error('the output schema must describe an object ("type": "object")');
    if (this.byText.size >= MAX_SCHEMAS) {
      this.byText.clear();
      this.checker = new SchemaChecker();
    }
    try {
      this.checker.compile(schema);
    } catch (error) {
      throw new Error(`the output schema is not valid JSON Schema: ${(error as Error).message}`, { cause: error });
    }
    this.byText.set(text, schema);
    return schema;
  }

  problems(schema: JsonSchema, value: unknown): SchemaProblem[] {
    return this.checker.problems(this.canonical(schema), value);
  }
}
