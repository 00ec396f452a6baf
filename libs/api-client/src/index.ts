import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths, webhooks } from './schema';

/** The Callsight API, typed from openapi.json: paths, parameters, bodies and responses are checked at compile time. */
export type CallsightClient = Client<paths>;

/** A client whose every request carries `apiKey` as a bearer token (none when it is left out). */
export function createCallsightClient(baseUrl: string, apiKey?: string): CallsightClient {
  return createClient<paths>({ baseUrl, headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} });
}
