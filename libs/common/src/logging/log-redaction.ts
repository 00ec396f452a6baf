/**
 * What of a request, a response or an error may reach the logs. Credentials can arrive in ways a
 * text pattern misses (`?%61piKey=`, `?apiKey[]=`, `Proxy-Authorization`, …), so query values are
 * judged by their decoded names, and headers and error fields are allow-listed, not deny-listed.
 */

export const REDACTED = '[REDACTED]';

/** Query parameter names (lower-cased, punctuation removed) that may carry a credential. */
const SECRET_NAME = /key|token|secret|passw|pwd|signature|^sig$|auth|credential|session|cookie|bearer|jwt/;

const LOGGED_REQUEST_HEADERS = [
  'accept',
  'content-length',
  'content-type',
  'host',
  'idempotency-key',
  'traceparent',
  'user-agent',
  'x-request-id',
];

const LOGGED_RESPONSE_HEADERS = [
  'content-length',
  'content-type',
  'idempotent-replayed',
  'location',
  'ratelimit-limit',
  'ratelimit-policy',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-request-id',
];

/** Decodes every valid %XX (and + as space), repeatedly, so double encoding hides no name; invalid escapes stay as they are. */
function decodedName(raw: string): string {
  let name = raw.replace(/\+/g, ' ');
  for (let round = 0; round < 3 && name.includes('%'); round += 1)
    name = name.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return name;
}

export const isSecretParameterName = (raw: string): boolean =>
  SECRET_NAME.test(
    decodedName(raw)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ''),
  );

function redactParameter(parameter: string): string {
  const equals = parameter.indexOf('=');
  const name = equals === -1 ? parameter : parameter.slice(0, equals);
  if (equals === -1 || !isSecretParameterName(name)) return parameter;
  return `${name}=${REDACTED}`;
}

/** The URL with the value of every query parameter whose decoded name looks like a credential replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  const start = url?.indexOf('?') ?? -1;
  if (url === undefined || start === -1) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map(redactParameter)
    .join('&');
  return `${url.slice(0, start + 1)}${query}`;
}

const QUERY_PARAMETER_IN_TEXT = /([?&;])([^=&\s?#;]+)=([^&\s#;"'<>]*)/g;

/** Error messages and stacks may quote a URL (`Cannot GET /x?apiKey=…`, a failed fetch's address). */
export const redactQueryInText = (text: string): string =>
  text.replace(QUERY_PARAMETER_IN_TEXT, (whole, separator: string, name: string) =>
    isSecretParameterName(name) ? `${separator}${name}=${REDACTED}` : whole,
  );

export function allowedHeaders(headers: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (typeof headers !== 'object' || headers === null) return {};
  const source = headers as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const name of allowed) if (source[name] !== undefined) kept[name] = source[name];
  return kept;
}

interface SerializedRequest {
  id: unknown;
  method: string;
  url: string;
  headers: Record<string, unknown>;
}

interface SerializedResponse {
  statusCode: number;
  headers?: Record<string, unknown>;
}

export const serializeRequest = (req: SerializedRequest) => ({
  id: req.id,
  method: req.method,
  url: redactUrl(req.url),
  headers: allowedHeaders(req.headers, LOGGED_REQUEST_HEADERS),
});

export const serializeResponse = (res: SerializedResponse) => ({
  statusCode: res.statusCode,
  headers: allowedHeaders(res.headers, LOGGED_RESPONSE_HEADERS),
});

const MAX_CAUSE_DEPTH = 3;

/**
 * Only what explains an error: client and driver errors carry the request they failed on
 * (headers, query parameters, bodies) as enumerable fields, which must not reach the logs.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return { type: typeof error, message: redactQueryInText(String(error)) };
  const code = (error as { code?: unknown }).code;
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.name,
    message: redactQueryInText(error.message),
    stack: error.stack === undefined ? undefined : redactQueryInText(error.stack),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(cause !== undefined && depth < MAX_CAUSE_DEPTH ? { cause: serializeError(cause, depth + 1) } : {}),
  };
}
