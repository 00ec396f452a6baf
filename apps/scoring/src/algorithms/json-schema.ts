import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export type JsonSchema = Record<string, unknown>;

export interface SchemaProblem {
  field: string;
  message: string;
}

/** Reported problems are capped: a huge bad value must not make a huge error. */
const MAX_PROBLEMS = 20;

const problemOf = (error: ErrorObject): SchemaProblem => {
  const missing =
    error.keyword === 'required' ? `/${String((error.params as { missingProperty: string }).missingProperty)}` : '';
  const pointer = `${error.instancePath}${missing}`;
  const field = pointer.split('/').filter(Boolean).join('.') || '(root)';
  return { field, message: error.message ?? 'is invalid' };
};

/**
 * Compiles algorithm schemas once. Variables are checked with defaults filled in, so an algorithm
 * always sees every variable; outputs are checked as they are, so an algorithm cannot record a shape
 * it did not declare.
 */
export class SchemaChecker {
  private readonly withDefaults = new Ajv2020({ allErrors: true, useDefaults: true, strict: true });
  private readonly exact = new Ajv2020({ allErrors: true, strict: true });
  private readonly compiled = new Map<JsonSchema, { defaults: ValidateFunction; exact: ValidateFunction }>();

  constructor() {
    addFormats(this.withDefaults);
    addFormats(this.exact);
  }

  /** Throws when the schema itself is not valid JSON Schema (a programming error, found at boot). */
  compile(schema: JsonSchema): void {
    if (this.compiled.has(schema)) return;
    this.compiled.set(schema, { defaults: this.withDefaults.compile(schema), exact: this.exact.compile(schema) });
  }

  /** Fills defaults into a copy of `value` and returns it, or the problems found. */
  withDefaultsApplied<T>(schema: JsonSchema, value: unknown): { value: T } | { problems: SchemaProblem[] } {
    const copy: unknown = structuredClone(value ?? {});
    const validate = this.validators(schema).defaults;
    if (validate(copy)) return { value: copy as T };
    return { problems: (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(problemOf) };
  }

  problems(schema: JsonSchema, value: unknown): SchemaProblem[] {
    const validate = this.validators(schema).exact;
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, MAX_PROBLEMS).map(problemOf);
  }

  private validators(schema: JsonSchema) {
    this.compile(schema);
    return this.compiled.get(schema)!;
  }
}
