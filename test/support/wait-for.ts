import { inspect } from 'node:util';

/** Thrown from a probe to stop waiting at once (the thing waited for can no longer happen). */
export class StopWaiting extends Error {}

/** An Error as its own text ("Error: …"), anything else thrown as Node prints it. */
const asText = (thrown: unknown): string => (thrown instanceof Error ? String(thrown) : inspect(thrown));

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs` with the last state. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 30_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      if (error instanceof StopWaiting) throw error;
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${asText(lastError)}` : ''}`);
}
