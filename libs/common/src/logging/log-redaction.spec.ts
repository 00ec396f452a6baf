import { redactQueryInText, redactUrl, serializeError, serializeRequest, serializeResponse } from './log-redaction';

const KEY = 'cs_live_SECRETSECRETSECRETSECRETSECRETSECRET12';

describe('log redaction', () => {
  it.each([
    ['/kendo?apiKey=<KEY>'],
    ['/kendo?APIKEY=<KEY>'],
    ['/kendo?%61piKey=<KEY>'],
    ['/kendo?api%4Bey=<KEY>'],
    ['/kendo?api%254Bey=<KEY>'],
    ['/kendo?apiKey[]=<KEY>&apiKey[]=<KEY>'],
    ['/kendo?apiKey%5B%5D=<KEY>'],
    ['/kendo?a=1&api_key=<KEY>'],
    ['/kendo?x-api-key=<KEY>'],
    ['/kendo?access_token=<KEY>'],
    ['/kendo?client_secret=<KEY>'],
    ['/kendo?password=<KEY>'],
    ['/kendo?signature=<KEY>'],
    ['/kendo?auth=<KEY>'],
    ['/kendo?key=<KEY>'],
    ['/kendo?api+key=<KEY>'],
  ])('redacts the value in %s', (template) => {
    const logged = redactUrl(template.replace(/<KEY>/g, KEY))!;
    expect(logged).not.toContain(KEY);
    expect(logged).toContain('[REDACTED]');
  });

  it('keeps the path, other parameters and their order', () => {
    expect(redactUrl(`/api/v1/jobs?limit=5&apiKey=${KEY}&status=done`)).toBe(
      '/api/v1/jobs?limit=5&apiKey=[REDACTED]&status=done',
    );
    expect(redactUrl('/api/v1/jobs')).toBe('/api/v1/jobs');
  });

  it('logs only allow-listed request and response headers', () => {
    const request = serializeRequest({
      id: 'req_1',
      method: 'POST',
      url: '/x',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'curl',
        authorization: `Bearer ${KEY}`,
        'proxy-authorization': `Basic ${KEY}`,
        'x-auth-token': KEY,
        'x-api-key': KEY,
        cookie: `session=${KEY}`,
      },
    });
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'user-agent': 'curl' });
    const response = serializeResponse({
      statusCode: 201,
      headers: { 'set-cookie': KEY, 'ratelimit-limit': '30', location: '/x/1' },
    });
    expect(response).toEqual({ statusCode: 201, headers: { 'ratelimit-limit': '30', location: '/x/1' } });
  });

  it('keeps only what explains an error, with credentials in quoted URLs redacted', () => {
    const cause = Object.assign(new Error(`fetch to https://hook.example/?token=${KEY} failed`), {
      code: 'ECONNRESET',
    });
    const error = Object.assign(new Error(`Cannot GET /kendo?apiKey=${KEY}`, { cause }), {
      config: { headers: { Authorization: `Bearer ${KEY}` } },
      parameters: [KEY],
    });
    const logged = JSON.stringify(serializeError(error));
    expect(logged).not.toContain(KEY);
    expect(logged).toContain('Cannot GET /kendo?apiKey=[REDACTED]');
    expect(logged).toContain('ECONNRESET');
  });

  it('leaves text without credentials alone', () => {
    expect(redactQueryInText('GET /jobs?limit=5&status=done failed')).toBe('GET /jobs?limit=5&status=done failed');
  });
});
