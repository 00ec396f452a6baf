import { setTimeout as sleep } from 'node:timers/promises';

/** What became of one submitted call, by the last answer the client got. */
export type CallOutcome =
  | { kind: 'accepted'; jobId: string; tries: number }
  /** A 503 naming the job that may still appear; the client gave up asking. */
  | { kind: 'in-doubt'; jobId: string; tries: number }
  | { kind: 'refused'; status: number | null; tries: number };

export interface LoadOptions {
  gatewayUrl: string;
  apiKey: string;
  calls: number;
  /** Calls are spread evenly over this long, so they meet every fault of the run. */
  spreadMs: number;
  concurrency: number;
  /** How long one call is retried (503, 429, connection refused) before the client gives up on it. */
  retryForMs: number;
}

const transcriptOf = (n: number): string =>
  `Agent: Hello, this is call ${n}.\nUser: Hi, I am calling about order ${n}.\nAgent: Let me look that up for you.`;

/**
 * Submits `calls` transcript calls the way a careful client does: each with its own Idempotency-Key, asked
 * again with the same key after a 5xx, a 429 or a refused connection, until accepted or `retryForMs` ran out.
 */
export async function submitCalls(options: LoadOptions): Promise<Map<number, CallOutcome>> {
  const outcomes = new Map<number, CallOutcome>();
  const started = Date.now();
  let next = 0;
  const worker = async () => {
    while (next < options.calls) {
      const n = next++;
      const due = started + (n * options.spreadMs) / options.calls;
      if (due > Date.now()) await sleep(due - Date.now());
      outcomes.set(n, await submitOne(options, n));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return outcomes;
}

/**
 * After the faults, the client asks once more, with the same key, about every call it got no job for: the
 * answer names the job a lost attempt created, or creates it now.
 */
export async function askAgain(options: LoadOptions, outcomes: Map<number, CallOutcome>): Promise<number> {
  const unsettled = [...outcomes].filter(([, outcome]) => outcome.kind !== 'accepted');
  for (const [n] of unsettled) outcomes.set(n, await submitOne(options, n));
  return unsettled.length;
}

async function submitOne(options: LoadOptions, n: number): Promise<CallOutcome> {
  const deadline = Date.now() + options.retryForMs;
  for (let tries = 1; ; tries += 1) {
    const outcome = await tryOnce(options, n, tries);
    if (!worthAskingAgain(outcome) || Date.now() > deadline) return outcome;
    await sleep(Math.min(2_000, 200 * tries));
  }
}

/** Unavailable, rate-limited or unreachable: a careful client asks again; anything else is final. */
const worthAskingAgain = (outcome: CallOutcome): boolean =>
  outcome.kind === 'in-doubt' ||
  (outcome.kind === 'refused' && [null, 429, 500, 502, 503, 504].includes(outcome.status));

async function tryOnce(options: LoadOptions, n: number, tries: number): Promise<CallOutcome> {
  try {
    const response = await fetch(`${options.gatewayUrl}/api/v1/calls/transcript`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': `chaos-${n}`,
      },
      body: JSON.stringify({
        transcript: transcriptOf(n),
        source_call_id: `chaos-${n}`,
        duration_seconds: 30 + (n % 7),
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as { job_id?: string };
    if (response.ok && body.job_id) return { kind: 'accepted', jobId: body.job_id, tries };
    if (response.status === 503 && body.job_id) return { kind: 'in-doubt', jobId: body.job_id, tries };
    return { kind: 'refused', status: response.status, tries };
  } catch {
    return { kind: 'refused', status: null, tries };
  }
}
