import {
  FieldError,
  HEADER_NAME_PATTERN,
  HTTPS_ONLY_FORMATS,
  isSealedCredentialHeader,
  MAX_CUSTOM_HEADERS,
  MAX_HEADER_VALUE,
  RESERVED_HEADERS,
  WEBHOOK_FORMAT_EVENTS,
  WebhookCredentialsInput,
  WebhookEventType,
  WebhookFormat,
} from '@callsight/contracts';

/** What an endpoint will look like after a create or an update: the facts its rules are about. */
export interface EndpointDraft {
  url: string;
  format: WebhookFormat;
  eventTypes: readonly WebhookEventType[];
  httpsOnly: boolean;
  headers: Record<string, unknown>;
}

/** The URL with any `user:pass@` taken out (it becomes basic credentials), or field errors. */
export function splitUrl(
  text: string,
): { url: string; userinfo: { username: string; password: string } | null } | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.username && !url.password) return { url: url.toString(), userinfo: null };
  const userinfo = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  url.username = '';
  url.password = '';
  return { url: url.toString(), userinfo };
}

export function endpointErrors(draft: EndpointDraft): FieldError[] {
  const errors: FieldError[] = [];
  const url = new URL(draft.url);
  const httpsRequired = draft.httpsOnly || HTTPS_ONLY_FORMATS.includes(draft.format);
  if (httpsRequired && url.protocol !== 'https:')
    errors.push({
      field: 'url',
      message: draft.httpsOnly
        ? 'must be an https:// URL (https_only is set)'
        : `must be an https:// URL: ${draft.format} receivers accept https only`,
    });
  const carried: readonly WebhookEventType[] = WEBHOOK_FORMAT_EVENTS[draft.format];
  for (const type of draft.eventTypes)
    if (!carried.includes(type))
      errors.push({
        field: 'event_types',
        message: `the ${draft.format} format does not carry ${type}; it carries ${carried.join(', ')}`,
      });
  return [...errors, ...headerErrors(draft.headers)];
}

function headerErrors(headers: Record<string, unknown>): FieldError[] {
  const entries = Object.entries(headers);
  if (entries.length > MAX_CUSTOM_HEADERS)
    return [{ field: 'headers', message: `at most ${MAX_CUSTOM_HEADERS} headers` }];
  return entries.flatMap(([name, value]): FieldError[] => {
    const field = `headers.${name}`;
    if (!HEADER_NAME_PATTERN.test(name)) return [{ field, message: 'is not an HTTP header name' }];
    if (RESERVED_HEADERS.has(name.toLowerCase()))
      return [
        { field, message: 'is set by Callsight or carries credentials (use `credentials`, which are kept sealed)' },
      ];
    if (typeof value !== 'string') return [{ field, message: 'must be a string' }];
    if (value.length > MAX_HEADER_VALUE) return [{ field, message: `must be at most ${MAX_HEADER_VALUE} characters` }];
    if (/[\r\n\0]/.test(value)) return [{ field, message: 'must not contain line breaks or NUL' }];
    return [];
  });
}

/** The credentials as they will be sent, or field errors for what their type needs and does not take. */
export function credentialErrors(input: WebhookCredentialsInput): FieldError[] {
  const given = (['username', 'password', 'token', 'header_name', 'header_value'] as const).filter(
    (key) => input[key] !== undefined,
  );
  const needed: Record<WebhookCredentialsInput['type'], readonly string[]> = {
    none: [],
    basic: ['username', 'password'],
    bearer: ['token'],
    header: ['header_name', 'header_value'],
  };
  const wanted = needed[input.type];
  const errors: FieldError[] = [];
  for (const key of wanted)
    if (!given.includes(key as (typeof given)[number]))
      errors.push({ field: `credentials.${key}`, message: `is required for ${input.type} credentials` });
  for (const key of given)
    if (!wanted.includes(key))
      errors.push({ field: `credentials.${key}`, message: `is not used by ${input.type} credentials` });
  if (input.header_name && !isSealedCredentialHeader(input.header_name))
    errors.push({ field: 'credentials.header_name', message: 'is a header Callsight sets itself' });
  if (input.header_value && /[\r\n\0]/.test(input.header_value))
    errors.push({ field: 'credentials.header_value', message: 'must not contain line breaks or NUL' });
  if (input.token && /[\r\n\0]/.test(input.token))
    errors.push({ field: 'credentials.token', message: 'must not contain line breaks or NUL' });
  return errors;
}

/** The header that carries the credentials on every request. */
export function credentialHeader(input: WebhookCredentialsInput): [string, string] | null {
  if (input.type === 'basic')
    return ['authorization', `Basic ${Buffer.from(`${input.username}:${input.password}`).toString('base64')}`];
  if (input.type === 'bearer') return ['authorization', `Bearer ${input.token}`];
  if (input.type === 'header') return [input.header_name!, input.header_value!];
  return null;
}
