import { isIP } from 'node:net';
import { DomainError, ErrorCodes } from '@callsight/contracts';

export interface AttemptFailure {
  reason: string;
  /** False when trying again cannot help until someone changes the configuration. */
  retryable: boolean;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'could not connect',
  UND_ERR_HEADERS_TIMEOUT: 'did not answer',
  UND_ERR_BODY_TIMEOUT: 'did not finish its answer',
};

/**
 * Why an attempt that got no HTTP answer failed, in words the workspace owner can act on: the reason
 * is shown on the job, and the raw `getaddrinfo ENOTFOUND` of the HTTP client says little there.
 */
export function describeAttemptFailure(error: unknown, url: string, timeoutMs: number): AttemptFailure {
  const target = URL.canParse(url) ? new URL(url) : null;
  if (!target) return { reason: `the webhook URL ${url} is not a valid URL`, retryable: false };
  const refusal = egressRefusal(error);
  if (refusal) return { reason: refusedReason(refusal, target), retryable: false };
  const code = errorCode(error);
  if (code && DNS_CODES.has(code))
    return {
      reason: `DNS lookup of ${target.hostname} failed (${code}): the host name does not resolve from the webhook service`,
      retryable: true,
    };
  if (code && TIMEOUT_CODES[code])
    return {
      reason: `timeout: ${target.host} ${TIMEOUT_CODES[code]} within ${timeoutMs} ms (${code})`,
      retryable: true,
    };
  if (code === 'ECONNREFUSED')
    return { reason: `connection refused by ${target.host} (ECONNREFUSED): nothing listens there`, retryable: true };
  return { reason: messageOf(error, code), retryable: true };
}

function refusedReason(refusal: DomainError, { protocol, hostname: bracketed }: URL): string {
  if (protocol !== 'http:' && protocol !== 'https:') return `destination refused: ${refusal.message}`;
  const hostname = bracketed.replace(/^\[|\]$/g, '');
  const what = isIP(hostname) ? 'is not a public address' : 'resolves to an address that is not public';
  return (
    `destination refused by the egress guard: ${hostname} ${what}. This is a configuration ` +
    `problem: allow it where the webhook service runs with CALLSIGHT_EGRESS_ALLOW (addresses, CIDRs or host ` +
    `names, e.g. CALLSIGHT_EGRESS_ALLOW=${hostname}), then retry the job with mode redeliver`
  );
}

/** The guard refuses at the URL check or, for host names, inside the HTTP client's DNS look-up (then as the cause). */
function egressRefusal(error: unknown): DomainError | null {
  const candidates = [error, (error as { cause?: unknown } | null)?.cause];
  const found = candidates.find((candidate) => candidate instanceof DomainError);
  return found instanceof DomainError && found.code === ErrorCodes.egressDenied ? found : null;
}

function errorCode(error: unknown): string | null {
  const own = (error as { code?: unknown } | null)?.code;
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  const code = typeof own === 'string' ? own : cause;
  return typeof code === 'string' ? code : null;
}

function messageOf(error: unknown, code: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
