import { ApiClient, ApiResponse } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

type FieldErrors = Array<{ field: string; message: string }>;

interface Problem {
  code: string;
  detail: string;
  errors: FieldErrors;
}

const KENDO = '/api/integrations/push-api/ingest';
const TRANSCRIPT = 'Rep: Thanks for joining.\nCustomer: Glad to.';

/** A WAV header and noise: enough for the upload route to take it as audio and go on to the form fields. */
function wav(): Blob {
  const header = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(48)]);
  return new Blob([Buffer.concat([header, Buffer.alloc(4096, 7)])], { type: 'audio/wav' });
}

function uploadForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', wav(), 'call.wav');
  return form;
}

const byField = (errors: FieldErrors): FieldErrors => [...errors].sort((a, b) => a.field.localeCompare(b.field));

/** Each refused field is told once, with what is wrong with it and nothing that follows from that. */
function expectFieldErrors(response: ApiResponse<Problem>, expected: FieldErrors): void {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body.code).toBe('validation_failed');
  expect(byField(response.body.errors)).toEqual(byField(expected));
}

describe('validation errors name only what is wrong', () => {
  let running: RunningStack;
  let api: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('validation-messages');
    api = running.api;
  });

  afterAll(async () => running?.stop());

  describe('POST /api/v1/calls/transcript', () => {
    it.each<[string, Record<string, unknown>, FieldErrors]>([
      ['transcript null', { transcript: null }, [{ field: 'transcript', message: 'transcript is required' }]],
      ['transcript missing', {}, [{ field: 'transcript', message: 'transcript is required' }]],
      ['transcript a number', { transcript: 42 }, [{ field: 'transcript', message: 'transcript must be a string' }]],
      [
        'transcript an object',
        { transcript: { text: TRANSCRIPT } },
        [{ field: 'transcript', message: 'transcript must be a string' }],
      ],
      [
        'transcript empty',
        { transcript: '' },
        [{ field: 'transcript', message: 'transcript must be longer than or equal to 1 characters' }],
      ],
      [
        'source_call_id a number',
        { transcript: TRANSCRIPT, source_call_id: 7 },
        [{ field: 'source_call_id', message: 'source_call_id must be a string' }],
      ],
      [
        'duration_seconds text',
        { transcript: TRANSCRIPT, duration_seconds: 'long' },
        [{ field: 'duration_seconds', message: 'duration_seconds must be a finite number' }],
      ],
      [
        'duration_seconds negative',
        { transcript: TRANSCRIPT, duration_seconds: -1 },
        [{ field: 'duration_seconds', message: 'duration_seconds must not be less than 0' }],
      ],
      [
        'algorithm_ids a string',
        { transcript: TRANSCRIPT, algorithm_ids: 'talk_ratio' },
        [{ field: 'algorithm_ids', message: 'algorithm_ids must be an array' }],
      ],
      [
        'algorithm_ids holding a number',
        { transcript: TRANSCRIPT, algorithm_ids: [1] },
        [
          {
            field: 'algorithm_ids',
            message:
              'each algorithm id must be 1 to 64 lower-case letters, digits, underscores, dots or hyphens, starting with a letter or digit',
          },
        ],
      ],
      [
        'algorithm_ids empty',
        { transcript: TRANSCRIPT, algorithm_ids: [] },
        [{ field: 'algorithm_ids', message: 'algorithm_ids must contain at least 1 elements' }],
      ],
      [
        'metadata an array',
        { transcript: TRANSCRIPT, metadata: ['a'] },
        [{ field: 'metadata', message: 'metadata must be an object of key/value pairs' }],
      ],
      [
        'metadata nested',
        { transcript: TRANSCRIPT, metadata: { a: { b: 1 } } },
        [
          {
            field: 'metadata',
            message:
              'metadata value of "a" must be a string of at most 1000 characters, a finite number, a boolean or null',
          },
        ],
      ],
      [
        'direction unknown',
        { transcript: TRANSCRIPT, direction: 'sideways' },
        [{ field: 'direction', message: 'direction must be one of the following values: inbound, outbound' }],
      ],
      [
        'webhook_url a number',
        { transcript: TRANSCRIPT, webhook_url: 5 },
        [{ field: 'webhook_url', message: 'webhook_url must be a URL address' }],
      ],
      [
        'an unknown field, null',
        { transcript: TRANSCRIPT, colour: null },
        [{ field: 'colour', message: 'property colour should not exist' }],
      ],
      [
        'three fields wrong at once',
        { transcript: null, rep_email: 5, call_date: 20260307 },
        [
          { field: 'transcript', message: 'transcript is required' },
          { field: 'rep_email', message: 'rep_email must be an email' },
          {
            field: 'call_date',
            message: 'call_date must be an ISO 8601 date (2026-03-07) or date-time (2026-03-07T14:30:00Z) that exists',
          },
        ],
      ],
    ])('%s', async (_label, body, expected) => {
      expectFieldErrors(await api.post('/api/v1/calls/transcript', body), expected);
    });

    it('tells a transcript that is too long by its length', async () => {
      const response = await api.post<Problem>('/api/v1/calls/transcript', { transcript: 'a'.repeat(250_001) });
      expectFieldErrors(response, [
        { field: 'transcript', message: 'transcript must be shorter than or equal to 250000 characters' },
      ]);
    });
  });

  describe('POST /api/v1/calls/audio', () => {
    it.each<[string, Record<string, unknown>, FieldErrors]>([
      ['audio_url null', { audio_url: null }, [{ field: 'audio_url', message: 'audio_url is required' }]],
      ['audio_url missing', { title: 'x' }, [{ field: 'audio_url', message: 'audio_url is required' }]],
      ['audio_url a number', { audio_url: 5 }, [{ field: 'audio_url', message: 'audio_url must be an http(s) URL' }]],
      [
        'audio_url not http',
        { audio_url: 'ftp://recordings.example.com/a.mp3' },
        [{ field: 'audio_url', message: 'audio_url must be an http(s) URL' }],
      ],
      [
        'title a list',
        { audio_url: 'https://recordings.example.com/a.mp3', title: ['a'] },
        [{ field: 'title', message: 'title must be a string' }],
      ],
    ])('%s', async (_label, body, expected) => {
      expectFieldErrors(await api.post('/api/v1/calls/audio', body), expected);
    });
  });

  describe('POST /api/v1/calls/audio-file', () => {
    it.each<[string, Record<string, string>, FieldErrors]>([
      [
        'duration_seconds text',
        { duration_seconds: 'long' },
        [{ field: 'duration_seconds', message: 'duration_seconds must be a finite number' }],
      ],
      [
        'algorithm_ids not JSON',
        { algorithm_ids: 'talk_ratio' },
        [{ field: 'algorithm_ids', message: 'algorithm_ids must be an array' }],
      ],
      [
        'metadata nested',
        { metadata: JSON.stringify({ a: { b: 1 } }) },
        [
          {
            field: 'metadata',
            message:
              'metadata value of "a" must be a string of at most 1000 characters, a finite number, a boolean or null',
          },
        ],
      ],
      [
        'source_call_id empty',
        { source_call_id: '' },
        [{ field: 'source_call_id', message: 'source_call_id must be longer than or equal to 1 characters' }],
      ],
    ])('%s', async (_label, fields, expected) => {
      const response = await api.request<Problem>('POST', '/api/v1/calls/audio-file', { form: uploadForm(fields) });
      expectFieldErrors(response, expected);
    });
  });

  describe('Kendo Push API', () => {
    const kendo = (body: Record<string, unknown>) => api.post<Problem>(KENDO, body);

    it.each<[string, Record<string, unknown>, FieldErrors]>([
      [
        'transcript null',
        { transcript: null },
        [{ field: 'transcript', message: 'transcript or audioUrl is required' }],
      ],
      ['nothing sent', {}, [{ field: 'transcript', message: 'transcript or audioUrl is required' }]],
      [
        'transcript and audioUrl empty',
        { transcript: '', audioUrl: '' },
        [{ field: 'transcript', message: 'transcript or audioUrl is required' }],
      ],
      ['transcript a number', { transcript: 5 }, [{ field: 'transcript', message: 'transcript must be a string' }]],
      ['audioUrl a number', { audioUrl: 5 }, [{ field: 'audioUrl', message: 'audioUrl must be an http(s) URL' }]],
      [
        'repEmail a number (snake_case)',
        { transcript: TRANSCRIPT, rep_email: 5 },
        [{ field: 'repEmail', message: 'repEmail must be an email' }],
      ],
      [
        'disableAiTitleGeneration text',
        { transcript: TRANSCRIPT, disableAiTitleGeneration: 'yes' },
        [{ field: 'disableAiTitleGeneration', message: 'disableAiTitleGeneration must be a boolean value' }],
      ],
      [
        'callTitle a number',
        { transcript: TRANSCRIPT, callTitle: 5 },
        [{ field: 'callTitle', message: 'callTitle must be a string' }],
      ],
      [
        'metadata an array',
        { transcript: TRANSCRIPT, metadata: [] },
        [{ field: 'metadata', message: 'metadata must be an object of key/value pairs' }],
      ],
    ])('%s', async (_label, body, expected) => {
      expectFieldErrors(await kendo(body), expected);
    });

    it('names all four places a key may go when none is sent', async () => {
      const response = await new ApiClient(api.baseUrl).post<Problem>(KENDO, { transcript: TRANSCRIPT });
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe(
        'An API key is required (Authorization: Bearer <key>, X-API-Key: <key>, ?apiKey=<key> or "apiKey" in the JSON body)',
      );
    });

    it('names only the two headers on routes that read no other place', async () => {
      const response = await new ApiClient(api.baseUrl).post<Problem>('/api/v1/calls/transcript', {
        transcript: TRANSCRIPT,
      });
      expect(response.status).toBe(401);
      expect(response.body.detail).toBe('An API key is required (Authorization: Bearer <key> or X-API-Key: <key>)');
    });
  });

  it.each(['/api/v1/calls/transcript', '/api/v1/calls/audio', KENDO])(
    'tells %s that an array is not a body',
    async (path) => {
      const response = await api.post<Problem>(path, [{ transcript: TRANSCRIPT }]);
      expectFieldErrors(response, [{ field: 'body', message: 'must be a JSON object' }]);
    },
  );

  it.each(['"a transcript"', '42', 'null', ' true'])(
    'tells a body of bare JSON %s that it must be an object, not that it is not JSON',
    async (raw) => {
      const response = await api.request<Problem>('POST', '/api/v1/calls/transcript', {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expectFieldErrors(response, [{ field: 'body', message: 'must be a JSON object' }]);
    },
  );

  it('created no job for any refused submission', async () => {
    const jobs = await api.get<{ data: unknown[] }>('/api/v1/jobs');
    expect(jobs.status).toBe(200);
    expect(jobs.body.data).toEqual([]);
  });
});
