import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';

/** The headers a browser relies on, on every kind of response the gateway gives. */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function directives(csp: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const directive of (csp ?? '').split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) parsed.set(name, values);
  }
  return parsed;
}

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-powered-by')).toBeNull();
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
}

describe('security headers', () => {
  let running: RunningStack;
  let url: string;

  beforeAll(async () => {
    running = await startInProcessStack('secheaders');
    url = running.api.baseUrl;
  });

  afterAll(async () => running?.stop());

  it('are set on API responses, without HSTS over plain HTTP', async () => {
    const response = await running.api.get('/api/v1/auth/whoami');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it.each([
    ['a missing key', () => fetch(`${url}/api/v1/auth/whoami`), 401],
    ['an unknown route', () => fetch(`${url}/nope`), 404],
    [
      'a body that is not JSON',
      () =>
        fetch(`${url}/api/v1/calls`, {
          method: 'POST',
          headers: { authorization: `Bearer ${running.apiKey}`, 'content-type': 'application/json' },
          body: '{ nope',
        }),
      400,
    ],
  ])('are set on the problem response to %s', async (_label, send, status) => {
    const response = await send();
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectSecurityHeaders(response.headers);
  });

  it('add HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const response = await fetch(`${url}/api/v1/auth/whoami`, {
      headers: { authorization: `Bearer ${running.apiKey}`, 'x-forwarded-proto': 'https' },
    });
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000; includeSubDomains$/);
  });

  it('let /docs load everything its page references', async () => {
    const response = await fetch(`${url}/docs`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expectSecurityHeaders(response.headers);
    const csp = directives(response.headers.get('content-security-policy'));
    // script-src 'self' forbids inline scripts: the page must have none, and load its scripts from this origin.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(body.trim()).toBe('');
      expect(attributes).toMatch(/src="\.?\/[^/]/);
    }
    for (const [, href] of html.matchAll(/<link[^>]*href="([^"]*)"/g)) expect(href).toMatch(/^\.?\/[^/]/);
    if (/<style/.test(html)) expect(csp.get('style-src')).toContain("'unsafe-inline'");
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  // The server runs in this process: the browser must run asynchronously, or nothing answers it.
  (existsSync(CHROMIUM) ? it : it.skip)('let Swagger UI render in a real browser', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--enable-logging=stderr',
        '--v=0',
        '--virtual-time-budget=15000',
        '--dump-dom',
        `${url}/docs`,
      ],
      { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
    );
    // Rendered operations exist only if swagger-ui's scripts ran and fetched the document.
    expect(stdout).toContain('opblock');
    expect(stdout).toContain('/api/v1/auth/whoami');
    expect(stderr).not.toMatch(/Content Security Policy/i);
  });
});
