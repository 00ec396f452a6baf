import type { Schema } from './openapi-routes';

/** A value written into the JSON text as it is, for numbers JSON.stringify cannot produce. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A hostile value for one field; `certain` when the schema alone makes the body invalid. */
export interface Mutation {
  kind: string;
  value: unknown;
  certain: boolean;
}

type JsonType = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

const typeOf = (value: unknown): JsonType =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonType);

function allowedTypes(schema: Schema): Set<string> {
  const own = schema.type === undefined ? [] : [schema.type].flat();
  const alternatives = (schema.oneOf ?? []).flatMap((option) => [option.type ?? []].flat());
  const types = new Set([...own, ...alternatives].map((type) => (type === 'integer' ? 'number' : type)));
  if (schema.enum?.includes(null)) types.add('null');
  return types;
}

const WRONG_TYPES: unknown[] = [null, true, false, 0, 7, -1.5, 'seven', '', [], ['a'], [7], {}, { a: 1 }, [[]]];

export const UNREADABLE_DATES = [
  '2026-W10',
  '2026-W10-3',
  '20260307',
  '2026-066',
  '20260307T143000Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2026-02-30',
  '2026-03-07T24:30:00Z',
  '0000-01-01',
  'yesterday',
];

const BAD_FORMATS: Record<string, string[]> = {
  'date-time': UNREADABLE_DATES,
  date: ['2026-02-30', '2026-13-01', '20260101', '2026-W01', 'yesterday', '2026-01-01T00:00:00Z\u2028'],
  email: ['not-an-email', 'a@', '@b.example', 'a@b@c.example', 'rep@example.com\u0085'],
  uri: ['not a url', 'javascript:alert(1)', 'file:///etc/passwd', 'http://', '//calls.example.com/x', 'http://[::1'],
};

/** Text the database cannot store: the JSON reviver must refuse it wherever it appears. */
export const UNSTORABLE_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'a\udfffb', '\udbff\udbff'];

/** A value the schema accepts: the base a single hostile change is made to. */
export function sampleOf(schema: Schema): unknown {
  if (schema.enum) return schema.enum.find((value) => value !== null);
  if (schema.oneOf) return sampleOf(schema.oneOf[0]);
  const type = [schema.type ?? 'string'].flat().find((t) => t !== 'null');
  if (type === 'number' || type === 'integer') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [];
  if (type === 'object') return {};
  if (schema.format === 'date-time') return '2026-03-07T10:00:00Z';
  if (schema.format === 'date') return '2026-01-01';
  if (schema.format === 'email') return 'rep@example.com';
  if (schema.format === 'uri') return 'https://calls.example.com/a.mp3';
  return 'corpus';
}

function typeMutations(schema: Schema): Mutation[] {
  const allowed = allowedTypes(schema);
  if (allowed.size === 0) return [];
  const mutations = WRONG_TYPES.filter((value) => !allowed.has(typeOf(value))).map((value) => ({
    kind: 'type',
    value,
    certain: true,
  }));
  if (schema.items?.type)
    mutations.push(
      ...WRONG_TYPES.filter((value) => !allowedTypes(schema.items ?? {}).has(typeOf(value))).map((value) => ({
        kind: 'item-type',
        value: [value],
        certain: true,
      })),
    );
  const values = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  if (values)
    mutations.push(
      ...WRONG_TYPES.filter((value) => !allowedTypes(values).has(typeOf(value))).map((value) => ({
        kind: 'value-type',
        value: { key: value },
        certain: true,
      })),
    );
  return mutations;
}

function sizeMutations(schema: Schema): Mutation[] {
  const mutations: Mutation[] = [];
  if (schema.maxLength !== undefined)
    mutations.push(
      { kind: 'just-over-maxLength', value: 'x'.repeat(schema.maxLength + 1), certain: true },
      { kind: 'just-over-maxLength', value: 'é'.repeat(schema.maxLength + 1), certain: true },
      { kind: 'far-over-maxLength', value: 'x'.repeat(schema.maxLength * 4 + 10), certain: true },
    );
  if (schema.maximum !== undefined)
    mutations.push(
      { kind: 'just-over-maximum', value: schema.maximum + 1, certain: true },
      { kind: 'just-over-maximum', value: schema.maximum + 0.001, certain: true },
      { kind: 'huge-number', value: new RawJson('1e999'), certain: true },
    );
  if (schema.minimum !== undefined)
    mutations.push(
      { kind: 'under-minimum', value: schema.minimum - 1, certain: true },
      { kind: 'under-minimum', value: schema.minimum - 0.001, certain: true },
      { kind: 'huge-number', value: new RawJson('-1e999'), certain: true },
    );
  const types = allowedTypes(schema);
  if (types.has('string') && schema.maxLength === undefined && !schema.enum && !schema.format)
    mutations.push({ kind: 'long-string', value: 'x'.repeat(100_000), certain: false });
  if (types.has('array'))
    mutations.push(
      { kind: 'long-array', value: Array.from({ length: 50_000 }, (_, n) => `item-${n}`), certain: false },
      { kind: 'long-array', value: Array.from({ length: 10_000 }, () => 'x'.repeat(300)), certain: false },
    );
  if (types.has('object'))
    mutations.push({
      kind: 'many-keys',
      value: Object.fromEntries(Array.from({ length: 20_000 }, (_, n) => [`k${n}`, n])),
      certain: false,
    });
  return mutations;
}

function shapeMutations(schema: Schema): Mutation[] {
  const mutations: Mutation[] = [];
  const types = allowedTypes(schema);
  const enumValues = (schema.enum ?? []).filter((value): value is string => typeof value === 'string');
  if (enumValues.length > 0)
    mutations.push(
      ...['nope', enumValues[0].toUpperCase(), ` ${enumValues[0]}`, `${enumValues[0]}\t`, '__proto__'].map((value) => ({
        kind: 'not-in-enum',
        value,
        certain: true,
      })),
    );
  if (schema.format && BAD_FORMATS[schema.format])
    mutations.push(
      ...BAD_FORMATS[schema.format].map((value) => ({ kind: `bad-${schema.format}`, value, certain: true })),
    );
  if (types.has('string') || types.size === 0)
    mutations.push(...UNSTORABLE_TEXT.map((value) => ({ kind: 'unstorable-text', value, certain: true })));
  if (types.has('array'))
    mutations.push(...UNSTORABLE_TEXT.map((value) => ({ kind: 'unstorable-item', value: [value], certain: true })));
  if (types.has('object'))
    mutations.push(
      ...['__proto__', 'constructor', 'prototype', 'a\u0000b', '\ud800'].map((key) => ({
        kind: 'hostile-key',
        value: new RawJson(`{${JSON.stringify(key)}: {"polluted": true}}`),
        certain: true,
      })),
    );
  return mutations;
}

/** Every hostile value the corpus tries for a field of this schema. */
export function mutationsOf(schema: Schema): Mutation[] {
  return [...typeMutations(schema), ...sizeMutations(schema), ...shapeMutations(schema)];
}

/** JSON text of an object whose values may hold RawJson parts. */
export function toJson(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_key, value: unknown) => {
    if (!(value instanceof RawJson)) return value;
    raws.push(value.text);
    return `\u0001raw${raws.length - 1}\u0001`;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => raws[Number(index)]);
}
