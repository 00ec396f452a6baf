import { Inject, Injectable } from '@nestjs/common';
import { DelegateBackoff, handleWhen, retry } from 'cockatiel';
import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { Dispatcher, fetch as undiciFetch } from 'undici';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { assertUrlAllowed, EgressPolicy, guardedDispatcher } from '@callsight/common/egress';
import type { LlmCompletion, LlmGateway, LlmRequest } from '../algorithms/algorithm';
import type { JsonSchema } from '../algorithms/json-schema';
import { ConcurrencyLimit } from './concurrency-limit';
import { apiBaseOf, LlmConfig } from './llm-config';
import { OutputSchemas } from './output-schemas';
import {
  FORMAT_LADDER,
  parseJsonObject,
  refusesResponseFormat,
  ResponseFormatKind,
  responseFormatFor,
  schemaInstructions,
  weakerThan,
} from './structured-output';

export interface LlmSettings {
  /** CALLSIGHT_EGRESS_ALLOW: the non-public destinations an LLM endpoint may be at. */
  egressAllow: string;
}
export const LLM_SETTINGS = Symbol('LLM_SETTINGS');

/** Retries after the first attempt, for 429, 5xx and connection failures. */
const MAX_RETRIES = 2;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** A bad answer is shown back to the model this far, enough to see what went wrong. */
const ANSWER_ECHO_CHARS = 4_000;

type Usage = NonNullable<LlmCompletion['usage']>;

interface Answer {
  text: string;
  model: string;
}

/** One run's conversation with one endpoint: what it is asked, and what it has cost so far. */
interface Exchange {
  workspaceId: string;
  config: LlmConfig;
  client: OpenAI;
  schema: JsonSchema;
  budget: Budget;
  usage: Usage | null;
}

/**
 * Talks to a workspace's OpenAI-compatible `/v1/chat/completions` endpoint. Every connection passes
 * the egress guard after DNS; requests in flight are bounded per workspace endpoint; 429 (after its
 * Retry-After), 5xx and connection failures are retried with backoff; the answer is always checked
 * against the output schema, and a bad one is shown to the model once with what was wrong.
 */
@Injectable()
export class LlmClient {
  private readonly policy: EgressPolicy;
  private readonly dispatcher: Dispatcher;
  private readonly schemas = new OutputSchemas();
  /** The strongest response format each endpoint (base URL and model) was seen to accept, under `auto`. */
  private readonly formats = new Map<string, ResponseFormatKind>();
  private readonly limits = new Map<string, ConcurrencyLimit>();

  constructor(@Inject(LLM_SETTINGS) settings: LlmSettings) {
    this.policy = EgressPolicy.fromEnv(settings.egressAllow);
    this.dispatcher = guardedDispatcher(this.policy, { connectTimeoutMs: 10_000 });
  }

  gatewayFor(workspaceId: string, config: LlmConfig): LlmGateway {
    return { complete: (request) => this.complete(workspaceId, config, request) };
  }

  async complete(workspaceId: string, config: LlmConfig, request: LlmRequest): Promise<LlmCompletion> {
    const started = performance.now();
    const budget = new Budget(config.timeout_ms, request.signal);
    try {
      const exchange: Exchange = {
        workspaceId,
        config,
        client: this.clientFor(config),
        schema: this.schemas.canonical(request.outputSchema),
        budget,
        usage: null,
      };
      const output = await this.answerMatchingSchema(exchange, request);
      return {
        output: output.value,
        model: output.model,
        usage: exchange.usage,
        latency_ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      throw this.failure(error, config, budget);
    } finally {
      budget.clear();
    }
  }

  private async answerMatchingSchema(
    exchange: Exchange,
    request: LlmRequest,
  ): Promise<{ value: Record<string, unknown>; model: string }> {
    const history: ChatCompletionMessageParam[] = [{ role: 'user', content: request.prompt }];
    const first = await this.ask(exchange, request.system, history);
    const problem = this.problemWith(exchange.schema, first.text);
    if (!('problem' in problem)) return { value: problem.value, model: first.model };
    history.push(
      { role: 'assistant', content: first.text.slice(0, ANSWER_ECHO_CHARS) },
      {
        role: 'user',
        content: `That answer cannot be used: ${problem.problem}. Answer again with only the JSON object, matching the schema.`,
      },
    );
    const second = await this.ask(exchange, request.system, history);
    const again = this.problemWith(exchange.schema, second.text);
    if ('problem' in again)
      throw new LlmError(`the model's answer did not match the output schema, also when asked again: ${again.problem}`);
    return { value: again.value, model: second.model };
  }

  private problemWith(schema: JsonSchema, text: string): { value: Record<string, unknown> } | { problem: string } {
    const parsed = parseJsonObject(text);
    if ('problem' in parsed) return parsed;
    const problems = this.schemas.problems(schema, parsed.value);
    if (problems.length === 0) return parsed;
    return { problem: `it breaks the schema (${problems.map((p) => `${p.field} ${p.message}`).join('; ')})` };
  }

  /**
   * One answer, in the strongest response format the endpoint takes. Under `auto` a 400 about the
   * format moves down the ladder, and the format that then works is remembered for the endpoint.
   */
  private async ask(exchange: Exchange, system: string, history: ChatCompletionMessageParam[]): Promise<Answer> {
    const { config } = exchange;
    const key = formatKey(config);
    let kind: ResponseFormatKind =
      config.structured_output === 'auto' ? (this.formats.get(key) ?? FORMAT_LADDER[0]) : config.structured_output;
    for (;;) {
      try {
        const answer = await this.withRetries(exchange, kind, system, history);
        if (config.structured_output === 'auto') this.formats.set(key, kind);
        return answer;
      } catch (error) {
        const weaker = config.structured_output === 'auto' && refusedFormat(error) ? weakerThan(kind) : undefined;
        if (!weaker) throw error;
        kind = weaker;
      }
    }
  }

  private withRetries(
    exchange: Exchange,
    kind: ResponseFormatKind,
    system: string,
    history: ChatCompletionMessageParam[],
  ): Promise<Answer> {
    const { budget } = exchange;
    const policy = retry(
      handleWhen((error) => retryDelay(error, 1, budget) !== null),
      {
        maxAttempts: MAX_RETRIES,
        backoff: new DelegateBackoff((context) =>
          'error' in context.result ? (retryDelay(context.result.error, context.attempt, budget) ?? 0) : 0,
        ),
      },
    );
    return policy.execute(() => this.request(exchange, kind, system, history), budget.signal);
  }

  private async request(
    exchange: Exchange,
    kind: ResponseFormatKind,
    system: string,
    history: ChatCompletionMessageParam[],
  ): Promise<Answer> {
    const { config, client, schema, budget } = exchange;
    assertUrlAllowed(this.policy, new URL(apiBaseOf(config.base_url)));
    const responseFormat = responseFormatFor(kind, schema);
    const completion = await this.limitFor(exchange.workspaceId, config).run(
      () =>
        client.chat.completions.create(
          {
            model: config.model,
            messages: [{ role: 'system', content: `${system}\n\n${schemaInstructions(kind, schema)}` }, ...history],
            ...(responseFormat ? { response_format: responseFormat } : {}),
          },
          { signal: budget.signal, timeout: config.timeout_ms },
        ),
      budget.signal,
    );
    exchange.usage = addUsage(exchange.usage, completion.usage);
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new LlmError(`the model refused to answer: ${message.refusal.slice(0, 200)}`);
    return { text: message?.content ?? '', model: completion.model || config.model };
  }

  /** A client per run: cheap (connections live in the shared dispatcher), and nothing is read from OPENAI_* variables. */
  private clientFor(config: LlmConfig): OpenAI {
    return new OpenAI({
      baseURL: apiBaseOf(config.base_url),
      // Local servers often take no key: the SDK needs one, so a placeholder is given and the header dropped.
      apiKey: config.api_key ?? 'none',
      ...(config.api_key ? {} : { defaultHeaders: { Authorization: null } }),
      adminAPIKey: null,
      organization: null,
      project: null,
      webhookSecret: null,
      maxRetries: 0,
      timeout: config.timeout_ms,
      logLevel: 'off',
      fetch: (input, init) =>
        undiciFetch(input as string, {
          ...(init as Parameters<typeof undiciFetch>[1]),
          dispatcher: this.dispatcher,
        }),
    });
  }

  private limitFor(workspaceId: string, config: LlmConfig): ConcurrencyLimit {
    const key = limitKey(workspaceId, config);
    const limit = this.limits.get(key) ?? new ConcurrencyLimit(config.max_concurrency);
    limit.limit = config.max_concurrency;
    this.limits.set(key, limit);
    return limit;
  }

  /** One sentence for the run's error; the API key never appears in it, whatever the server echoed. */
  private failure(error: unknown, config: LlmConfig, budget: Budget): Error {
    if (budget.callerAborted) return budget.callerReason;
    const message = budget.expired
      ? `the LLM endpoint did not answer within ${config.timeout_ms} ms`
      : describeFailure(error);
    return new LlmError(config.api_key ? message.split(config.api_key).join('[redacted]') : message);
  }
}

class LlmError extends Error {}

const limitKey = (workspaceId: string, config: LlmConfig): string => `${workspaceId} ${apiBaseOf(config.base_url)}`;
const formatKey = (config: LlmConfig): string => `${apiBaseOf(config.base_url)} ${config.model}`;

function refusedFormat(error: unknown): boolean {
  if (!(error instanceof APIError) || error instanceof APIConnectionError) return false;
  // Some servers answer in a body the SDK cannot read a message from; a bare 400 to a formatted request counts.
  const { status, message, error: body } = error as APIError<number | undefined>;
  return refusesResponseFormat(status, body === undefined ? 'response_format' : message);
}

const egressRefusal = (error: unknown): DomainError | null => {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (cause instanceof DomainError && cause.code === ErrorCodes.egressDenied) return cause;
  return null;
};

/**
 * How long to wait before retrying, or null when retrying cannot help: a refused destination, a client
 * error, or a Retry-After longer than the time left (failing now says why; waiting would only time out).
 */
function retryDelay(error: Error, attempt: number, budget: Budget): number | null {
  if (budget.signal.aborted || error instanceof APIUserAbortError) return null;
  if (error instanceof APIConnectionError) return egressRefusal(error) ? null : backoff(attempt);
  if (!(error instanceof APIError)) return null;
  const { status, headers } = error as APIError<number | undefined, Headers | undefined>;
  if (status === undefined || (status !== 429 && status < 500)) return null;
  const asked = retryAfterMs(headers);
  const delay = asked ?? backoff(attempt);
  return delay < budget.remainingMs ? delay : null;
}

/** Exponential with full jitter, so replicas rate-limited together do not come back together. */
const backoff = (attempt: number): number =>
  Math.round(Math.random() * Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1)));

/** `retry-after-ms` (OpenAI's), else `Retry-After` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  const milliseconds = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function describeFailure(error: unknown): string {
  const refused = egressRefusal(error);
  if (refused) return `the LLM endpoint is refused by the egress guard: ${refused.message}`;
  if (error instanceof LlmError) return error.message;
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? (error.cause.cause ?? error.cause) : null;
    return `could not reach the LLM endpoint: ${cause instanceof Error ? cause.message : error.message}`;
  }
  if (error instanceof APIError) return `the LLM endpoint answered ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

const addUsage = (total: Usage | null, usage: Partial<Usage> | undefined): Usage | null => {
  if (!usage) return total;
  return {
    prompt_tokens: (total?.prompt_tokens ?? 0) + (usage.prompt_tokens ?? 0),
    completion_tokens: (total?.completion_tokens ?? 0) + (usage.completion_tokens ?? 0),
    total_tokens: (total?.total_tokens ?? 0) + (usage.total_tokens ?? 0),
  };
};

/**
 * The run's time: aborts when timeout_ms has passed or the caller gives up. A timer of its own, as the
 * runner's Deadline, because AbortSignal.any's sources can be collected before they fire.
 */
class Budget {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly endsAt: number;
  private readonly onOuterAbort = () => this.controller.abort(this.outer.reason);
  expired = false;

  constructor(
    timeoutMs: number,
    private readonly outer: AbortSignal,
  ) {
    this.endsAt = Date.now() + timeoutMs;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new LlmError(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    if (outer.aborted) this.onOuterAbort();
    else outer.addEventListener('abort', this.onOuterAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get remainingMs(): number {
    return this.endsAt - Date.now();
  }

  get callerAborted(): boolean {
    return this.outer.aborted && !this.expired;
  }

  get callerReason(): Error {
    return this.outer.reason instanceof Error ? this.outer.reason : new LlmError('the run was cancelled');
  }

  clear(): void {
    clearTimeout(this.timer);
    this.outer.removeEventListener('abort', this.onOuterAbort);
  }
}
