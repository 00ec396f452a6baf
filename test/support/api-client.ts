/**
 * The body type of a call that names none. `any` only because test/e2e (moving to a generated client on another
 * branch) still reads bodies untyped; make it `unknown` once nothing relies on it.
 */
/** A small HTTP client for the tests: JSON in, status + parsed body + headers out. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** The body as JSON when it is JSON, else the text itself (undefined when empty). */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly apiKey?: string,
  ) {}

  withKey(apiKey: string): ApiClient {
    return new ApiClient(this.baseUrl, apiKey);
  }

  /** `T` is what the test expects the body to be; nothing checks it at run time. */
  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; raw?: string; form?: FormData; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {
      ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
      ...options.headers,
    };
    let body: string | FormData | undefined = options.form ?? options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: parseBody(text) as T, text, headers: response.headers };
  }

  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, { headers });
  }

  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { body, headers });
  }

  patch<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, { body, headers });
  }
}
