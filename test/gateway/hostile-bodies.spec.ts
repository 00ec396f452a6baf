import { readdirSync } from 'node:fs';
import type { ProblemDetails } from '@callsight/common';
import type { JobPage, KendoIngestResponse, SubmissionAccepted } from '@callsight/contracts';
import type { ApiResponse } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

/** An error answer is a short explanation, whatever the body held. */
const MAX_PROBLEM_BYTES = 16 * 1024;
const TRANSCRIPT = '/api/v1/calls/transcript';
const KENDO = '/api/integrations/push-api/ingest';
const UPLOAD = '/api/v1/calls/audio-file';
const BOUNDARY = 'h0stile';
const WAV_HEAD = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
/** Bytes that are not UTF-8 anywhere: a lone continuation byte and a byte UTF-8 never uses. */
const NOT_UTF8 = Buffer.from([0x80, 0xff]);

const nested = (depth: number, leaf = '1'): string => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
const manyKeys = (count: number): string => Array.from({ length: count }, (_, n) => `"k${n}":0`).join(',');
const transcriptWith = (fields: string): string => `{"transcript":"Rep: hi",${fields}}`;

/** A multipart body with one field and a WAV file, built by hand so its bytes are exactly what the test says. */
function multipart(name: string, value: Buffer | string): Buffer {
  const part = (headers: string, body: Buffer | string) =>
    Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${headers}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
  return Buffer.concat([
    part(`Content-Disposition: form-data; name="${name}"`, value),
    part('Content-Disposition: form-data; name="file"; filename="call.wav"\r\nContent-Type: audio/wav', WAV_HEAD),
    Buffer.from(`--${BOUNDARY}--\r\n`),
  ]);
}

describe('hostile request bodies', () => {
  let running: RunningStack;

  beforeAll(async () => {
    running = await startInProcessStack('hostile', { CALLSIGHT_RATE_LIMIT_PER_MINUTE: '100000' });
  });

  afterAll(async () => running?.stop());

  const send = async (
    path: string,
    body: Buffer | string,
    contentType = 'application/json',
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<ProblemDetails>> => {
    const response = await fetch(`${running.api.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${running.apiKey}`, 'content-type': contentType, ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, text, headers: response.headers, body: JSON.parse(text) as ProblemDetails };
  };
  const upload = (name: string, value: Buffer | string) =>
    send(UPLOAD, multipart(name, value), `multipart/form-data; boundary=${BOUNDARY}`);
  const jobTotal = async () => (await running.api.get<JobPage>('/api/v1/jobs?limit=100')).body.data.length;
  const storedFiles = () =>
    readdirSync(running.storageDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && !entry.name.endsWith('.json'),
    ).length;

  /** Sends a hostile request; it must be a short 4xx problem that changed nothing, and the gateway must still answer. */
  const refused = async (request: () => Promise<ApiResponse<ProblemDetails>>, status: number) => {
    const [jobs, files] = [await jobTotal(), storedFiles()];
    const response = await request();
    expect({ status: response.status, body: response.text.slice(0, 300) }).toEqual({
      status,
      body: expect.any(String) as string,
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.text.length).toBeLessThan(MAX_PROBLEM_BYTES);
    expect(await jobTotal()).toBe(jobs);
    expect(storedFiles()).toBe(files);
    return response.body;
  };

  describe('bounded structure, refused before any mapping', () => {
    it('refuses 300,000 keys in a body under 5 MB as too large, naming the limit', async () => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(manyKeys(300_000))), 413);
      expect(problem.detail).toBe('The JSON body holds more than 10000 keys and array elements');
    });

    it('refuses an array of a million elements with a short answer', async () => {
      const raw = transcriptWith(`"algorithm_ids":[${Array(1_000_000).fill('0').join(',')}]`);
      const problem = await refused(() => send(TRANSCRIPT, raw), 413);
      expect(problem.detail).toBe('The JSON body has an array of more than 1000 elements');
    });

    it('reads an array of 1,000 elements (to validate it) and refuses one of 1,001', async () => {
      const ids = (count: number) => JSON.stringify(Array.from({ length: count }, (_, n) => `a${n}`));
      const atLimit = await refused(() => send(TRANSCRIPT, transcriptWith(`"algorithm_ids":${ids(1000)}`)), 400);
      expect(atLimit.code).toBe('validation_failed');
      await refused(() => send(TRANSCRIPT, transcriptWith(`"algorithm_ids":${ids(1001)}`)), 413);
    });

    it.each([2_000, 2_800, 100_000])('refuses JSON nested %i levels deep', async (depth) => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(`"metadata":${nested(depth)}`)), 413);
      expect(problem.detail).toBe('The JSON body nests deeper than 32 levels');
    });

    it('reads 32 levels (to validate them) and refuses 33', async () => {
      // The body is level 1, so metadata nested 31 deep reaches level 32.
      const atLimit = await refused(() => send(TRANSCRIPT, transcriptWith(`"metadata":${nested(31)}`)), 400);
      expect(atLimit.errors).toEqual([
        { field: 'metadata', message: expect.stringMatching(/value of "a" must be/) as string },
      ]);
      await refused(() => send(TRANSCRIPT, transcriptWith(`"metadata":${nested(32)}`)), 413);
    });

    it('does not count brackets, commas and colons inside strings', async () => {
      const text = `Rep: ${'[{,:'.repeat(5_000)} \\"quoted [\\" \\\\`;
      const response = await send(TRANSCRIPT, `{"transcript":"${text}"}`);
      expect(response.status).toBe(202);
    });

    it('tells the first 20 of many field errors and how many there were', async () => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(manyKeys(5_000))), 400);
      expect(problem.detail).toBe('The request is not valid: 5000 problems, the first 20 listed');
      expect(problem.errors).toHaveLength(20);
    });

    it('shortens a field error quoting a huge key', async () => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(`"${'k'.repeat(200_000)}":1`)), 400);
      expect(problem.errors?.[0].field).toHaveLength(201);
    });

    it('still takes a Kendo body of almost 5 MB holding a transcript of the longest length', async () => {
      const key = (await running.workspaces.createKey(running.workspaceId, 'hostile-kendo')).key;
      const transcript = '\\u0041'.repeat(250_000);
      const raw = `{"transcript":"${transcript}","platformNotes":"${'n'.repeat(3_400_000)}"}`;
      expect(raw.length).toBeGreaterThan(4_800_000);
      const response = await fetch(`${running.api.baseUrl}${KENDO}`, {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: raw,
      });
      expect(response.status).toBe(201);
      expect(((await response.json()) as KendoIngestResponse).success).toBe(true);
    });

    it('refuses the same hostile shapes on the Kendo route', async () => {
      const key = (await running.workspaces.createKey(running.workspaceId, 'hostile-kendo-shapes')).key;
      await refused(
        () => send(KENDO, transcriptWith(manyKeys(300_000)), 'application/json', { 'x-api-key': key }),
        413,
      );
      await refused(
        () => send(KENDO, transcriptWith(`"metadata":${nested(2_800)}`), 'application/json', { 'x-api-key': key }),
        413,
      );
    });
  });

  describe('text that is not valid or not storable', () => {
    it.each([
      ['a NUL in a metadata key', '{"a\\u0000b":"x"}'],
      ['a lone surrogate in a metadata key', '{"\\ud800":"x"}'],
    ])('refuses %s', async (_label, metadata) => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(`"metadata":${metadata}`)), 400);
      expect(problem.code).toBe('bad_request');
    });

    it.each([
      [
        'the webhook URL',
        (bad: Buffer) =>
          Buffer.concat([Buffer.from(transcriptWith('"webhook_url":"https://x.example/')), bad, Buffer.from('"}')]),
      ],
      ['the transcript', (bad: Buffer) => Buffer.concat([Buffer.from('{"transcript":"Rep: '), bad, Buffer.from('"}')])],
      [
        'a metadata key',
        (bad: Buffer) => Buffer.concat([Buffer.from(transcriptWith('"metadata":{"')), bad, Buffer.from('":1}}')]),
      ],
    ])('refuses bytes that are not UTF-8 in %s instead of storing U+FFFD', async (_label, body) => {
      const problem = await refused(() => send(TRANSCRIPT, body(NOT_UTF8)), 400);
      expect(problem.detail).toBe('The request body is not valid UTF-8');
    });

    it('refuses JSON in a charset other than UTF-8', async () => {
      const body = Buffer.from('{"transcript":"Rep: hi"}', 'utf16le');
      await refused(() => send(TRANSCRIPT, body, 'application/json; charset=utf-16le'), 415);
    });
  });

  describe('keys named after Object.prototype members', () => {
    const BUILT_INS = ['hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'toLocaleString'];

    it.each(BUILT_INS)('refuses %s as an unknown field', async (name) => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(`"${name}":"x"`)), 400);
      expect(problem.errors).toEqual([{ field: name, message: `property ${name} should not exist` }]);
    });

    it.each(BUILT_INS)('refuses %s as a metadata key rather than dropping it', async (name) => {
      const problem = await refused(() => send(TRANSCRIPT, transcriptWith(`"metadata":{"${name}":"x","kept":1}`)), 400);
      expect(problem.errors).toEqual([{ field: `metadata.${name}`, message: `the key ${name} is a reserved name` }]);
    });

    it('refuses them on the Kendo route too', async () => {
      const key = (await running.workspaces.createKey(running.workspaceId, 'hostile-kendo-keys')).key;
      const problem = await refused(
        () => send(KENDO, transcriptWith('"metadata":{"valueOf":"x"}'), 'application/json', { 'x-api-key': key }),
        400,
      );
      expect(problem.errors).toEqual([{ field: 'metadata.valueOf', message: 'the key valueOf is a reserved name' }]);
    });
  });

  describe('multipart form fields', () => {
    it('refuses a field with bytes that are not UTF-8', async () => {
      const problem = await refused(() => upload('title', Buffer.concat([Buffer.from('Call '), NOT_UTF8])), 400);
      expect(problem.detail).toMatch(/"title" holds text that is not valid UTF-8/);
    });

    it.each(['hasOwnProperty', 'toString', '__proto__'])('refuses a field named %s', async (name) => {
      const problem = await refused(() => upload(name, 'x'), 400);
      expect(problem.errors).toEqual([{ field: name, message: `property ${name} should not exist` }]);
    });

    it('refuses a built-in name as a metadata key', async () => {
      const problem = await refused(() => upload('metadata', '{"toString":"x"}'), 400);
      expect(problem.errors).toEqual([{ field: 'metadata.toString', message: 'the key toString is a reserved name' }]);
    });

    it('refuses a NUL in a metadata key', async () => {
      await refused(() => upload('metadata', '{"a\\u0000b":"x"}'), 400);
    });

    it('refuses deeply nested metadata', async () => {
      const problem = await refused(() => upload('metadata', nested(2_800)), 413);
      expect(problem.detail).toBe('The form field "metadata" nests deeper than 32 levels');
    });
  });

  it('still answers an ordinary request after all of that', async () => {
    const response = await running.api.post<SubmissionAccepted>(TRANSCRIPT, {
      transcript: 'Rep: hi\nCustomer: hello',
      metadata: { source: 'hubspot', recordId: '12345' },
    });
    expect(response.status).toBe(202);
  });
});
