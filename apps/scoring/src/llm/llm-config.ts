import { STRUCTURED_OUTPUT_MODES, StructuredOutputMode } from '@callsight/contracts';

/** A workspace's `llm` config section: an OpenAI-compatible chat-completions endpoint. */
export interface LlmConfig {
  /** The server's root (`http://vllm:8000`, `/v1` is added) or its API base (`https://api.openai.com/v1`). */
  base_url: string;
  model: string;
  api_key: string | null;
  /** Requests in flight at once per workspace endpoint, on each replica. */
  max_concurrency: number;
  /** The most one LLM run may take, retries and the re-ask included. */
  timeout_ms: number;
  structured_output: StructuredOutputMode;
}

export const LLM_DEFAULTS = { max_concurrency: 4, timeout_ms: 30_000, structured_output: 'auto' } as const;

export const NO_LLM_ENDPOINT = 'no LLM endpoint is configured for the workspace (config section llm)';

const MAX_TIMEOUT_MS = 600_000;

/** The section as stored; its own helper validates writes, so this only has to refuse what cannot work. */
export type LlmSection = Partial<Record<keyof LlmConfig, unknown>>;

/**
 * The usable config, or why LLM algorithms cannot run. Read defensively: the section may come from an
 * older or newer config schema than this code knows, and a bad value must skip LLM runs with a reason
 * rather than fail the job.
 */
export function llmConfigFrom(section: LlmSection | undefined): { config: LlmConfig } | { unavailable: string } {
  if (!section || (section.base_url == null && section.model == null)) return { unavailable: NO_LLM_ENDPOINT };
  const problems: string[] = [];
  const { base_url, model, api_key } = section;
  if (typeof base_url !== 'string' || !isHttpUrl(base_url)) problems.push('base_url is not an http(s) URL');
  else if (hasCredentials(base_url)) problems.push('base_url carries credentials (put the key in api_key)');
  if (typeof model !== 'string' || model.trim() === '') problems.push('model is not set');
  if (api_key != null && typeof api_key !== 'string') problems.push('api_key is not a string');
  const maxConcurrency = section.max_concurrency ?? LLM_DEFAULTS.max_concurrency;
  if (!isIntegerIn(maxConcurrency, 1, 16)) problems.push('max_concurrency is not an integer from 1 to 16');
  const timeoutMs = section.timeout_ms ?? LLM_DEFAULTS.timeout_ms;
  if (!isIntegerIn(timeoutMs, 1, MAX_TIMEOUT_MS))
    problems.push(`timeout_ms is not an integer from 1 to ${MAX_TIMEOUT_MS}`);
  const mode = section.structured_output ?? LLM_DEFAULTS.structured_output;
  if (!STRUCTURED_OUTPUT_MODES.includes(mode as StructuredOutputMode))
    problems.push(`structured_output is not one of ${STRUCTURED_OUTPUT_MODES.join(', ')}`);
  if (problems.length > 0) return { unavailable: `the workspace's llm config cannot be used: ${problems.join('; ')}` };
  return {
    config: {
      base_url: base_url as string,
      model: (model as string).trim(),
      api_key: (api_key as string | null | undefined) || null,
      max_concurrency: maxConcurrency as number,
      timeout_ms: timeoutMs as number,
      structured_output: mode as StructuredOutputMode,
    },
  };
}

/** The URL the client appends `/chat/completions` to: a bare server root gets `/v1`, any other path is kept. */
export function apiBaseOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path === '' ? '/v1' : path;
  url.search = '';
  url.hash = '';
  return url.toString();
}

const isHttpUrl = (value: string): boolean =>
  URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);

const hasCredentials = (value: string): boolean => {
  const url = new URL(value);
  return url.username !== '' || url.password !== '';
};

const isIntegerIn = (value: unknown, min: number, max: number): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
