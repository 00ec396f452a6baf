import type { RawRequest } from './raw-http';
import { Field, Operation, routeName } from './openapi-routes';
import { Mutation, mutationsOf, RawJson, sampleOf, toJson, UNREADABLE_DATES } from './hostile-values';

/** Ids and data of one workspace, as a case needs them to aim at (or away from) it. */
export interface WorkspaceFacts {
  workspaceId: string;
  jobId: string;
  /** One of the workspace's algorithm copies, and one of its runs: ids only it may see. */
  algorithmId: string;
  runId: string;
  endpointId: string;
  key: string;
  sourceCallId: string;
  sourceCompanyId: string;
}

/**
 * `rejected`: must be a 4xx (the request is hostile; accepting it would change state).
 * `not-found`: another workspace's id; must be a 404.
 * `answered`: any non-5xx answer will do (e.g. a GET with an odd Accept header).
 */
export type Expectation = 'rejected' | 'not-found' | 'answered';

export interface HostileCase {
  route: string;
  category: string;
  label: string;
  /** Whose key the runner puts in the Authorization header; `none` when the case sends its own credentials. */
  as: 'own' | 'other' | 'none';
  expect: Expectation;
  request: RawRequest;
}

/** Percent-encodes text, lone surrogates included (as their three WTF-8 bytes, which no valid UTF-8 holds). */
export function encodeQueryValue(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (char.length > 1 || code < 0xd800 || code > 0xdfff) return encodeURIComponent(char);
      return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    })
    .join('');
}

/** A small seeded generator, so a failing case can be reproduced from its index. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BOUNDARY = 'corpus-boundary-7d1f';

interface Body {
  contentType: string;
  bytes: Buffer;
}

function multipart(fields: Record<string, unknown>, file?: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value])
      parts.push(
        Buffer.from(
          `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${
            typeof item === 'string' ? item : toJson(item)
          }\r\n`,
        ),
      );
  if (file)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="a.wav"\r\ncontent-type: audio/wav\r\n\r\n`,
      ),
      file,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

/** Builds the cases of one operation from its parameters and body schema. */
class OperationCases {
  readonly cases: HostileCase[] = [];
  private readonly route: string;
  private readonly mutating: boolean;
  private readonly isMultipart: boolean;

  constructor(
    private readonly operation: Operation,
    private readonly own: WorkspaceFacts,
    private readonly other: WorkspaceFacts,
  ) {
    this.route = routeName(operation);
    this.mutating = MUTATING.has(operation.method);
    this.isMultipart = operation.body?.contentType === 'multipart/form-data';
  }

  private get fields(): Field[] {
    return this.operation.body?.fields ?? [];
  }

  /** The path with each parameter set to the caller's own id, unless `values` says otherwise. */
  target(values: Record<string, string> = {}, query = ''): string {
    // A change without a body (deprecate, restore) has no body to make invalid, so unless a case names the
    // id, it is aimed at one nothing has: refused with 404 rather than carried out.
    const aimless = this.mutating && !this.operation.body;
    const path = this.operation.template.replace(
      /\{(\w+)\}/g,
      (_m, name: string) => values[name] ?? (aimless ? this.absentId(name) : this.idOf(this.own, name)),
    );
    return query ? `${path}?${query}` : path;
  }

  private absentId(param: string): string {
    if (param === 'workspace_id') return 'ws_00000000000000000000000000';
    if (param === 'job_id') return 'job_00000000000000000000000000';
    if (this.operation.template.includes('/webhooks/endpoints/')) return 'ep_00000000000000000000000000';
    return this.operation.template.includes('/algorithm-runs/')
      ? 'run_00000000000000000000000000'
      : 'talk_ratio.corpus-absent';
  }

  /** A workspace's id for a path parameter: `id` is a run under /algorithm-runs, an endpoint under /webhooks/endpoints, else an algorithm. */
  private idOf(facts: WorkspaceFacts, param: string): string {
    if (param === 'workspace_id') return facts.workspaceId;
    if (param === 'job_id') return facts.jobId;
    if (this.operation.template.includes('/webhooks/endpoints/')) return facts.endpointId;
    return this.operation.template.includes('/algorithm-runs/') ? facts.runId : facts.algorithmId;
  }

  /** The required fields, each with a value its schema accepts. */
  validBase(): Record<string, unknown> {
    return Object.fromEntries(this.fields.filter((f) => f.required).map((f) => [f.name, sampleOf(f.schema)]));
  }

  /**
   * A value that makes the body invalid by its schema alone, on a field other than `except`. Never null:
   * an optional field that is null counts as absent.
   */
  private poison(except?: string): [string, unknown] {
    const field = this.fields.find((f) => f.name !== except && f.schema.type !== 'object') ?? this.fields[0];
    if (!field) return ['corpus_unknown_field', 1];
    const wrong = mutationsOf(field.schema).find((m) => m.kind === 'type' && m.value !== null);
    return [field.name, wrong ? wrong.value : 7];
  }

  /** An invalid body: the base, one hostile change, and a poison unless the change alone is certainly refused. */
  poisonedBody(change: Record<string, unknown> = {}, certain = false): Record<string, unknown> {
    const changed = Object.keys(change)[0];
    const body = { ...this.validBase(), ...change };
    if (certain && this.fields.length > 0) return body;
    const [name, value] = this.poison(changed);
    return { ...body, [name]: value };
  }

  encode(body: Record<string, unknown>): Body {
    if (this.isMultipart) return { contentType: `multipart/form-data; boundary=${BOUNDARY}`, bytes: multipart(body) };
    return { contentType: 'application/json', bytes: Buffer.from(toJson(body)) };
  }

  add(category: string, label: string, request: Partial<RawRequest>, options: Partial<HostileCase> = {}): void {
    this.cases.push({
      route: this.route,
      category,
      label: `${this.route} [${category}] ${label}`.slice(0, 200),
      as: 'own',
      expect: this.mutating ? 'rejected' : 'answered',
      ...options,
      request: { method: this.operation.method, target: this.target(), headers: [], ...request },
    });
  }

  /** A request carrying `body` (when the operation takes one), with any extra headers. */
  withBody(body: Body | undefined, headers: Array<[string, string]> = []): Partial<RawRequest> {
    if (!body || !this.operation.body) return { headers };
    return { headers: [['content-type', body.contentType], ...headers], body: body.bytes };
  }

  /** The default body of a case about something other than the body: refused by validation. */
  defaultBody(): Body | undefined {
    return this.operation.body ? this.encode(this.poisonedBody()) : undefined;
  }

  fieldCases(): void {
    for (const field of this.fields)
      for (const mutation of mutationsOf(field.schema)) this.addMutation(field, mutation, mutation.kind);
  }

  private addMutation(field: Field, mutation: Mutation, category: string): void {
    // An optional field that is null counts as absent, so null alone does not make the body invalid.
    const certain = mutation.certain && (mutation.value !== null || field.required);
    const body = this.poisonedBody({ [field.name]: mutation.value }, certain);
    const shown = mutation.value instanceof RawJson ? mutation.value.text : (toJson(mutation.value) ?? 'undefined');
    this.add(`body:${category}`, `${field.name}=${shown.slice(0, 60)}`, this.withBody(this.encode(body)), {
      expect: 'rejected',
    });
  }

  structuralCases(): void {
    if (!this.operation.body) return;
    if (this.isMultipart) return this.multipartCases();
    const json = (raw: string | Buffer, category: string, label: string, contentType = 'application/json') =>
      this.add(
        category,
        label,
        { headers: [['content-type', contentType]], body: Buffer.from(raw) },
        { expect: 'rejected' },
      );
    for (const raw of MALFORMED_JSON) json(raw, 'body:malformed-json', JSON.stringify(raw.slice(0, 40)));
    const base = this.poisonedBody();
    const wrap = (extra: string) => toJson(base).replace(/^\{/, `{${extra},`);
    for (const depth of [64, 1_000, 100_000]) {
      json(wrap(`"deep":${'['.repeat(depth)}${']'.repeat(depth)}`), 'body:deep-json', `arrays ${depth}`);
      json(wrap(`"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`), 'body:deep-json', `objects ${depth}`);
      json(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'body:deep-json', `bare arrays ${depth}`);
    }
    for (const count of [1_000, 100_000]) {
      const keys = Array.from({ length: count }, (_, n) => `"k${n}":${n}`).join(',');
      json(wrap(keys), 'body:many-keys', `${count} unknown keys`);
      json(`[${Array.from({ length: count }, (_, n) => n).join(',')}]`, 'body:long-array', `bare array ${count}`);
    }
    for (const key of [
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
    ])
      json(wrap(`${JSON.stringify(key)}:{"polluted":true,"isAdmin":true}`), 'body:prototype-key', key);
    json(wrap('"constructor":{"prototype":{"polluted":true}}'), 'body:prototype-key', 'constructor.prototype');
    for (const key of ['a\u0000b', '\ud800', '\udfff', '\u0000'])
      json(wrap(`${JSON.stringify(key)}:1`), 'body:unstorable-key', JSON.stringify(key));
    for (const bytes of INVALID_UTF8) {
      const text = toJson(base);
      const at = text.indexOf('"', 1) + 1 || 1;
      json(
        Buffer.concat([Buffer.from(text.slice(0, at)), bytes, Buffer.from(text.slice(at))]),
        'body:invalid-utf8',
        bytes.toString('hex'),
      );
      json(
        Buffer.concat([Buffer.from('{"'), bytes, Buffer.from('":1}')]),
        'body:invalid-utf8',
        `in key ${bytes.toString('hex')}`,
      );
    }
    json(wrap(`"pad":"${'x'.repeat(5 * 1024 * 1024 + 10)}"`), 'body:over-limit', 'just over 5 MB');
    json(wrap(`"pad":"${'x'.repeat(4 * 1024 * 1024)}"`), 'body:large', '4 MB of unknown field');
    json(wrap('"a":1,"a":2,"a":"three"'), 'body:duplicate-keys', 'repeated key');
  }

  private multipartCases(): void {
    const send = (bytes: Buffer, label: string, contentType = `multipart/form-data; boundary=${BOUNDARY}`) =>
      this.add(
        'body:multipart',
        label,
        { headers: [['content-type', contentType]], body: bytes },
        { expect: 'rejected' },
      );
    send(multipart({}), 'no file');
    send(multipart(this.poisonedBody(), Buffer.from('RIFF not really audio')), 'garbage file and invalid fields');
    send(multipart({ title: 'a\u0000b' }, Buffer.from('RIFF')), 'NUL in a field');
    send(multipart({ title: '\ud800' }, Buffer.from('RIFF')), 'lone surrogate in a field');
    send(
      Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="title"\r\n\r\nunterminated`),
      'unterminated part',
    );
    send(Buffer.from('no boundaries at all'), 'no parts');
    send(multipart({ title: 'x' }), 'missing boundary', 'multipart/form-data');
    send(multipart({ title: 'x' }), 'wrong boundary', 'multipart/form-data; boundary=other');
    send(multipart(Object.fromEntries(Array.from({ length: 5_000 }, (_, n) => [`k${n}`, 'v']))), '5000 fields');
    send(multipart({ __proto__field: 'x', constructor: 'x', ['__proto__']: 'x' }), 'prototype field names');
    send(multipart({ title: 'x'.repeat(2_000_000) }), 'a 2 MB field');
    send(
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="../../etc/passwd"\r\ncontent-type: audio/wav\r\n\r\nRIFF\r\n--${BOUNDARY}--\r\n`,
      ),
      'traversal file name, no other fields',
    );
    send(Buffer.from('{"transcript":"x"}'), 'JSON sent as multipart');
    this.add('body:multipart', 'JSON content type on the upload route', {
      headers: [['content-type', 'application/json']],
      body: Buffer.from('{"title":"x"}'),
    });
  }

  queryCases(): void {
    const body = this.defaultBody();
    const send = (query: string, category: string, options: Partial<HostileCase> = {}) =>
      this.add(category, `?${query.slice(0, 80)}`, { ...this.withBody(body), target: this.target({}, query) }, options);
    for (const query of GENERIC_QUERIES) send(query, 'query:generic');
    for (const query of keyQueries(this.own.key)) send(query, 'query:key-in-query');
    for (const param of this.operation.query) {
      const name = param.name;
      for (const mutation of mutationsOf(param.schema)) {
        const value = mutation.value instanceof RawJson ? mutation.value.text : mutation.value;
        if (typeof value === 'string' && value.length > 20_000) continue;
        const text = typeof value === 'string' ? value : toJson(value);
        send(`${name}=${encodeQueryValue(text)}`, `query:${mutation.kind}`, this.queryExpectation(mutation));
      }
      for (const query of QUERY_SHAPES(name)) send(query, 'query:shape');
      if (name === 'cursor')
        for (const cursor of BAD_CURSORS) send(`cursor=${cursor}`, 'query:bad-cursor', { expect: 'rejected' });
      if (param.schema.format === 'date-time' || param.schema.format === 'date')
        for (const date of UNREADABLE_DATES)
          send(`${name}=${encodeURIComponent(date)}`, 'query:bad-date', { expect: 'rejected' });
    }
    this.crossQueryCases(send);
  }

  /** The other workspace's source ids in every query parameter that takes one: nothing of it may be found. */
  private crossQueryCases(send: (query: string, category: string, options: Partial<HostileCase>) => void): void {
    const foreign: Record<string, string> = {
      source_call_id: this.other.sourceCallId,
      source_company_id: this.other.sourceCompanyId,
    };
    const names = this.operation.query.map((p) => p.name).filter((name) => name in foreign);
    if (names.length === 0) return;
    // A query with a required parameter looks one thing up; a list without it is just empty.
    const expect = this.operation.query.some((p) => p.required) ? 'not-found' : 'answered';
    const required = this.operation.query.filter((p) => p.required).map((p) => p.name);
    for (const chosen of [names, ...names.filter((name) => !required.includes(name)).map((name) => [name])]) {
      const query = [...new Set([...required, ...chosen])].map(
        (name) => `${name}=${encodeURIComponent(foreign[name])}`,
      );
      send(query.join('&'), 'cross-workspace:query', { expect });
    }
  }

  /**
   * Query values are text: a wrong JSON type is just a string, and a lone surrogate cannot be percent-encoded
   * (the parser keeps such a value as the literal escapes), so neither is certainly refused.
   */
  private queryExpectation(mutation: Mutation): Partial<HostileCase> {
    if (this.mutating) return { expect: 'rejected' };
    const certain = mutation.certain && mutation.kind !== 'type' && mutation.kind !== 'unstorable-text';
    return { expect: certain ? 'rejected' : 'answered' };
  }

  pathCases(): void {
    if (this.operation.pathParams.length === 0) return;
    const body = this.operation.body ? this.encode(this.validBase()) : undefined;
    for (const param of this.operation.pathParams) {
      for (const id of HOSTILE_IDS)
        this.add(
          'path:hostile-id',
          `${param}=${id.slice(0, 60)}`,
          { ...this.withBody(body), target: this.target({ [param]: id }) },
          {
            expect: 'rejected',
          },
        );
      const foreign = this.idOf(this.other, param);
      const mine = this.idOf(this.own, param);
      const aimed = (id: string, as: 'own' | 'other', label: string, expect: Expectation) =>
        this.add(
          'cross-workspace:path',
          label,
          { ...this.withBody(body), target: this.target({ [param]: id }) },
          { as, expect },
        );
      // A keyless route refuses every job alike without its own grant (a signature), so it cannot say which exist.
      const notFound: Expectation = this.operation.keyless ? 'rejected' : 'not-found';
      aimed(foreign, 'own', `${param} of the other workspace`, notFound);
      aimed(mine, 'other', `${param} of this workspace, other workspace's key`, notFound);
      aimed(foreign.toUpperCase(), 'own', `${param} of the other workspace, upper case`, 'rejected');
      aimed(
        encodeURIComponent(foreign).replace(/_/g, '%5F'),
        'own',
        `${param} of the other workspace, encoded`,
        notFound,
      );
      aimed(`${foreign}%00`, 'own', `${param} of the other workspace with NUL`, 'rejected');
      aimed(`${mine}%2F..%2F${foreign}`, 'own', `${param} traversal to the other workspace`, 'rejected');
    }
  }

  /** Bodies that only name existing work by its source ids, with the other workspace's: nothing may be found. */
  crossBodyCases(): void {
    const required = this.fields.filter((f) => f.required).map((f) => f.name);
    const lookup = required.length > 0 && required.every((name) => name.startsWith('source_'));
    if (!lookup) return;
    const body = { ...this.validBase(), source_call_id: this.other.sourceCallId };
    this.add('cross-workspace:body', 'source_call_id of the other workspace', this.withBody(this.encode(body)), {
      expect: 'not-found',
    });
    this.add(
      'cross-workspace:body',
      'source ids of the other workspace',
      this.withBody(this.encode({ ...body, source_company_id: this.other.sourceCompanyId })),
      { expect: 'not-found' },
    );
  }

  headerCases(): void {
    const body = this.defaultBody() ?? { contentType: 'application/json', bytes: Buffer.from('{"a":1}') };
    const plain = this.operation.body ? body : undefined;
    for (const [label, headers] of HEADER_ABUSE) this.add('headers:abuse', label, this.withBody(plain, headers));
    for (const accept of ODD_ACCEPTS)
      this.add('headers:accept', `accept ${accept.slice(0, 40)}`, this.withBody(plain, [['accept', accept]]));
    for (const [label, headers] of CONTENT_HEADERS)
      this.add(
        'headers:content',
        label,
        { headers: [...headers], body: body.bytes },
        { expect: this.mutating ? 'rejected' : 'answered' },
      );
    for (const [label, framing] of FRAMING_ABUSE(body.bytes))
      this.add('headers:framing', label, {
        ...framing,
        headers: [['content-type', body.contentType], ...framing.headers],
      });
    for (const [label, head] of RAW_HEADS(this.target(), this.operation.method, this.own.key))
      this.add('headers:raw-head', label, { rawHead: head, body: plain?.bytes }, { as: 'none', expect: 'rejected' });
    for (const [label, headers] of AUTH_ABUSE(this.own.key))
      this.add('auth', label, this.withBody(plain, headers), { as: 'none', expect: 'rejected' });
  }

  /** Seeded combinations of the hostile parts above, until the route has `minimum` cases. */
  combinations(minimum: number, next: () => number): void {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    for (let n = 0; this.cases.length < minimum; n += 1) {
      const change: Record<string, unknown> = {};
      for (let count = 1 + Math.floor(next() * 3); count > 0 && this.fields.length > 0; count -= 1) {
        const field = pick(this.fields);
        const mutations = mutationsOf(field.schema).filter((m) => m.kind !== 'long-array' && m.kind !== 'many-keys');
        if (mutations.length > 0) change[field.name] = pick(mutations).value;
      }
      const body = this.operation.body ? this.encode(this.poisonedBody(change)) : undefined;
      const query = [
        pick(GENERIC_QUERIES),
        ...this.operation.query.map((p) => `${p.name}=${encodeQueryValue(pick(COMBO_VALUES))}`),
      ]
        .filter(() => next() < 0.6)
        .join('&');
      const [, headers] = pick(HEADER_ABUSE);
      this.add('combination', `#${n} ${Object.keys(change).join(',')} ?${query.slice(0, 40)}`, {
        ...this.withBody(body, next() < 0.5 ? headers : []),
        target: this.target({}, query),
      });
    }
  }
}

const MALFORMED_JSON = [
  '{',
  '}',
  '[',
  'nul',
  'null',
  'true',
  '12',
  '"just a string"',
  '[]',
  '[{}]',
  '{"a":1}{"b":2}',
  '{"a":1,}',
  "{'a':1}",
  '{"a":01}',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":1e999}',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
  '{"a":"unterminated}',
  '{"a":"\t raw tab"}',
  '\u0000\u0001\u0002',
  '\ufeff{"corpus_unknown_field":1}',
  '{} trailing',
  '/* comment */ {}',
  ' '.repeat(10_000) + '{',
];

const INVALID_UTF8 = ['ff', 'c0af', 'eda080', 'f888808080', 'e282', 'fe', 'c3'].map((hex) => Buffer.from(hex, 'hex'));

const HOSTILE_IDS = [
  '%00',
  'job_%00',
  'nothing',
  'job_',
  `job_${'z'.repeat(26)}`,
  'job_00000000000000000000000000',
  '..%2F..%2Fhealth',
  '..%2f..%2fauth%2fwhoami',
  '%2e%2e%2f%2e%2e%2f',
  '..',
  '.',
  '..%5C..%5C',
  'a%2Fb',
  '%252e%252e%252f',
  'job_01jd5f3k1q8m2x7c9v4b6n0p3r%20OR%201=1',
  "job_'%20OR%20'1'='1",
  '%F0%9F%92%A5',
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF%FE',
  '%C0%AF',
  'x'.repeat(5_000),
  `job_${'a'.repeat(15_000)}`,
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '%61',
  '*',
  '%2A',
  '%20',
  'null',
  'undefined',
  '-1',
  '1e999',
];

const GENERIC_QUERIES = [
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '__proto__.polluted=1',
  'toString=1',
  'a[b][c][d][e][f][g][h][i][j][k]=1',
  `${'a['.repeat(50)}${']'.repeat(50)}=1`,
  'a[]=1&a[]=2&a[99999]=3',
  Array.from({ length: 2_000 }, (_, n) => `k${n}=${n}`).join('&'),
  '%',
  '&&&',
  '=',
  '==&==',
  'a=%E0%A4%A',
  'a=%FF',
  '%FF=1',
  'a=%00',
  '%00=1',
  'a=%ED%A0%80',
  'unknown_parameter=1',
  `long=${'x'.repeat(8_000)}`,
  'a=1;b=2',
  'a=1&a=1&a=1',
];

const keyQueries = (key: string) => [
  `apiKey=${key}`,
  `%61piKey=${key}`,
  `api%4Bey=${key}`,
  `apiKey[]=${key}`,
  `APIKEY=${key}`,
  `access_token=${key}`,
  `apiKey=${key}&apiKey=${key}`,
  `apiKey[x]=${key}`,
];

const QUERY_SHAPES = (name: string) => [
  `${name}[]=1`,
  `${name}=1&${name}=2`,
  `${name}[a]=1`,
  `${name}[__proto__]=1`,
  `${encodeURIComponent(name).replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}=%00`,
  `${name}=`,
  `${name}`,
  `${name}=%00`,
  `${name}=%ED%A0%80`,
  `${name}=${'x'.repeat(4_000)}`,
];

const BAD_CURSORS = [
  '%00',
  '%FF%FE',
  'A'.repeat(500),
  'not-base64!!',
  '====',
  ...[
    { createdAt: '-271821-04-20T00:00:00Z', id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' },
    { createdAt: '2026-01-01T00:00:00Z', id: 'job_\u0000' },
    { createdAt: '2026-01-01T00:00:00Z', id: 42 },
    { createdAt: null, id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' },
    { createdAt: '2026-01-01T00:00:00Z', id: '\ud800' },
    { __proto__: { polluted: true }, createdAt: '2026-01-01T00:00:00Z', id: 'job_x' },
    [],
    'string',
    { createdAt: '2026-01-01T00:00:00Z', id: 'x'.repeat(10_000) },
  ].map((cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url')),
  Buffer.from('{"createdAt":').toString('base64url'),
  Buffer.from('{"__proto__":{"polluted":true},"createdAt":"2026-01-01T00:00:00Z","id":"x"}').toString('base64url'),
];

const COMBO_VALUES = ['', '%00', '-1', '1e999', 'x'.repeat(300), '2026-02-30', '[]', '{}', 'null', '\ud800', 'é'];

const HEADER_ABUSE: Array<[string, Array<[string, string]>]> = [
  ['huge header value', [['x-filler', 'a'.repeat(20_000)]]],
  ['header just under the limit', [['x-filler', 'a'.repeat(14_000)]]],
  ['many headers', Array.from({ length: 1_500 }, (_, n): [string, string] => [`x-h${n}`, 'v'])],
  ['huge x-request-id', [['x-request-id', 'r'.repeat(5_000)]]],
  ['x-request-id with odd bytes', [['x-request-id', '\u00ff\u00fe<script>']]],
  ['huge idempotency key', [['idempotency-key', 'k'.repeat(8_000)]]],
  ['latin-1 idempotency key', [['idempotency-key', '\u00e4'.repeat(300)]]],
  ['empty idempotency key', [['idempotency-key', '']]],
  [
    'two idempotency keys',
    [
      ['idempotency-key', 'a'],
      ['idempotency-key', 'b'],
    ],
  ],
  ['invalid UTF-8 bytes in a header', [['x-note', '\u00ff\u00c0\u00af']]],
  [
    'x-forwarded-for spoof',
    [
      ['x-forwarded-for', '1.2.3.4, 127.0.0.1'],
      ['x-real-ip', '::1'],
    ],
  ],
  ['x-http-method-override', [['x-http-method-override', 'DELETE']]],
  ['expect 100-continue', [['expect', '100-continue']]],
  ['unknown expectation', [['expect', 'the-unexpected']]],
  [
    'upgrade to websocket',
    [
      ['upgrade', 'websocket'],
      ['connection', 'upgrade'],
    ],
  ],
  [
    'upgrade to h2c',
    [
      ['upgrade', 'h2c'],
      ['http2-settings', 'AAMAAABkAAQAAP__'],
    ],
  ],
  ['range header', [['range', 'bytes=0-0,1-1,2-2,3-3']]],
  ['if-none-match star', [['if-none-match', '*']]],
  ['cookie with a long value', [['cookie', `session=${'c'.repeat(8_000)}`]]],
];

const ODD_ACCEPTS = [
  'application/xml',
  'text/html',
  '*/*;q=0',
  'application/problem+json',
  'image/png',
  'application/json;q=0, */*;q=0',
  'x'.repeat(8_000),
  ',,,,',
  'application/json; charset=utf-16',
];

const CONTENT_HEADERS: Array<[string, Array<[string, string]>]> = [
  [
    'duplicate content-type',
    [
      ['content-type', 'application/json'],
      ['content-type', 'text/plain'],
    ],
  ],
  ['content-type list', [['content-type', 'application/json, text/plain']]],
  ['no content-type', []],
  ['empty content-type', [['content-type', '']]],
  ['content-type xml', [['content-type', 'application/xml']]],
  ['content-type text', [['content-type', 'text/plain']]],
  ['content-type form', [['content-type', 'application/x-www-form-urlencoded']]],
  ['content-type merge-patch', [['content-type', 'application/merge-patch+json']]],
  ['charset utf-16', [['content-type', 'application/json; charset=utf-16']]],
  ['charset latin1', [['content-type', 'application/json; charset=latin1']]],
  ['charset nonsense', [['content-type', 'application/json; charset=nonsense']]],
  ['content-type with junk parameters', [['content-type', `application/json; ${'a=b; '.repeat(500)}`]]],
  ['multipart without boundary', [['content-type', 'multipart/form-data']]],
  ...['gzip', 'deflate', 'br', 'zstd', 'gzip, gzip', 'identity', 'nonsense'].map(
    (encoding): [string, Array<[string, string]>] => [
      `content-encoding ${encoding}`,
      [
        ['content-type', 'application/json'],
        ['content-encoding', encoding],
      ],
    ],
  ),
];

type Framing = Pick<RawRequest, 'headers' | 'body' | 'ownFraming' | 'incomplete'>;

const FRAMING_ABUSE = (body: Buffer): Array<[string, Framing]> => {
  const framed = (headers: Array<[string, string]>, bytes: Buffer, incomplete = false): Framing => ({
    headers,
    body: bytes,
    ownFraming: true,
    incomplete,
  });
  const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  return [
    ['content-length not a number', framed([['content-length', 'abc']], body)],
    ['negative content-length', framed([['content-length', '-1']], body)],
    [
      'two different content-lengths',
      framed(
        [
          ['content-length', String(body.length)],
          ['content-length', '3'],
        ],
        body,
      ),
    ],
    ['content-length list', framed([['content-length', `${body.length}, ${body.length}`]], body)],
    ['content-length too small', framed([['content-length', '3']], body)],
    ['content-length too large, then close', framed([['content-length', String(body.length + 100)]], body, true)],
    ['huge content-length', framed([['content-length', '99999999999999999999']], body, true)],
    [
      'content-length and chunked',
      framed(
        [
          ['content-length', String(body.length)],
          ['transfer-encoding', 'chunked'],
        ],
        chunked,
      ),
    ],
    ['chunked', framed([['transfer-encoding', 'chunked']], chunked)],
    ['chunked, bad chunk size', framed([['transfer-encoding', 'chunked']], Buffer.from('zz\r\nabc\r\n0\r\n\r\n'))],
    ['chunked, no terminator, then close', framed([['transfer-encoding', 'chunked']], chunked.subarray(0, -5), true)],
    [
      'chunked twice',
      framed(
        [
          ['transfer-encoding', 'chunked'],
          ['transfer-encoding', 'chunked'],
        ],
        chunked,
      ),
    ],
    ['transfer-encoding gzip, chunked', framed([['transfer-encoding', 'gzip, chunked']], chunked)],
    ['transfer-encoding chunked, identity', framed([['transfer-encoding', 'chunked, identity']], chunked)],
    ['transfer-encoding xchunked', framed([['transfer-encoding', 'xchunked']], chunked)],
    ['transfer-encoding with a space', framed([['transfer-encoding', ' chunked']], chunked)],
    [
      'chunk extension flood',
      framed([['transfer-encoding', 'chunked']], Buffer.from(`1;${'e=x;'.repeat(5_000)}\r\n{\r\n0\r\n\r\n`)),
    ],
    [
      'smuggled second request',
      framed(
        [['content-length', String(body.length)]],
        Buffer.concat([body, Buffer.from('GET /api/v1/auth/whoami HTTP/1.1\r\nhost: x\r\n\r\n')]),
      ),
    ],
  ];
};

const RAW_HEADS = (target: string, method: string, key: string): Array<[string, Buffer]> => {
  const line = (text: string) => Buffer.from(text, 'latin1');
  const auth = `authorization: Bearer ${key}`;
  return [
    [
      'obs-fold header',
      line(`${method} ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-a: 1\r\n  folded\r\n\r\n`),
    ],
    ['space before colon', line(`${method} ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-a : 1\r\n\r\n`)],
    [
      'control byte in a header',
      line(`${method} ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\nx-a: a\u0001b\r\n\r\n`),
    ],
    ['bare LF line ends', line(`${method} ${target} HTTP/1.1\nhost: x\nconnection: close\n\n`)],
    ['no host header', line(`${method} ${target} HTTP/1.1\r\nconnection: close\r\n\r\n`)],
    ['two host headers', line(`${method} ${target} HTTP/1.1\r\nhost: a\r\nhost: b\r\nconnection: close\r\n\r\n`)],
    ['HTTP/1.0 without auth', line(`${method} ${target} HTTP/1.0\r\n\r\n`)],
    ['HTTP/9.9', line(`${method} ${target} HTTP/9.9\r\nhost: x\r\nconnection: close\r\n\r\n`)],
    ['lower-case method', line(`${method.toLowerCase()} ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`)],
    ['unknown method', line(`BREW ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n${auth}\r\n\r\n`)],
    ['TRACE', line(`TRACE ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n${auth}\r\n\r\n`)],
    [
      'absolute-form target',
      line(`${method} http://evil.example${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`),
    ],
    [
      'raw UTF-8 bytes in the path',
      Buffer.concat([
        line(`${method} ${target}/`),
        Buffer.from([0xff, 0xc0, 0xaf]),
        line(' HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n'),
      ]),
    ],
    ['space in the path', line(`${method} ${target}/a b HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`)],
    [
      'backslashes in the path',
      line(`${method} ${target.replace(/\//g, '\\')} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`),
    ],
    [
      'dot segments in the path',
      line(`${method} /api/v1/../v1/./${target.slice(8)} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`),
    ],
    [
      'double slashes in the path',
      line(`${method} /${target.replace(/\//g, '//')} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`),
    ],
    [
      'huge request line',
      line(`${method} ${target}?q=${'x'.repeat(70_000)} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`),
    ],
    [
      'garbage instead of HTTP',
      line('\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003 not http at all\r\n\r\n'),
    ],
  ];
};

const AUTH_ABUSE = (key: string): Array<[string, Array<[string, string]>]> => [
  ['no credentials', []],
  ['garbage bearer', [['authorization', `Bearer ${'\u00ff'.repeat(50)}`]]],
  ['huge bearer', [['authorization', `Bearer ${'x'.repeat(10_000)}`]]],
  ['empty bearer', [['authorization', 'Bearer ']]],
  ['basic auth with the key', [['authorization', `Basic ${Buffer.from(`${key}:`).toString('base64')}`]]],
  ['bearer with the key and more', [['authorization', `Bearer ${key} ${key}`]]],
  ['bearer key with a trailing NUL-like byte', [['authorization', `Bearer ${key}\u00ff`]]],
  ['key prefix only', [['authorization', `Bearer ${key.slice(0, 12)}`]]],
  ['key in a cookie', [['cookie', `session=${key}`]]],
  ['key in proxy-authorization', [['proxy-authorization', `Bearer ${key}`]]],
  ['key in x-auth-token', [['x-auth-token', key]]],
  ['garbage x-api-key', [['x-api-key', 'k'.repeat(2_000)]]],
  [
    'two garbage authorization headers',
    [
      ['authorization', 'Bearer a'],
      ['authorization', 'Bearer b'],
    ],
  ],
];

/** The whole corpus for the operations of an OpenAPI document. */
export function buildCorpus(
  operations: Operation[],
  own: WorkspaceFacts,
  other: WorkspaceFacts,
  minimumPerRoute: number,
  seed: number,
): HostileCase[] {
  const next = seededRandom(seed);
  return operations.flatMap((operation) => {
    const cases = new OperationCases(operation, own, other);
    cases.fieldCases();
    cases.structuralCases();
    cases.queryCases();
    cases.pathCases();
    cases.crossBodyCases();
    cases.headerCases();
    cases.combinations(minimumPerRoute, next);
    return cases.cases;
  });
}
