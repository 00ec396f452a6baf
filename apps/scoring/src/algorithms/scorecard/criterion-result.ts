/** A quote that supports a verdict, with when it was said (null on an untimed transcript or when not found). */
export interface Evidence {
  quote: string;
  start: number | null;
}

/** One criterion's verdict: met null means it could not be scored, and `reason` says why. */
export interface CriterionVerdict {
  met: boolean | null;
  evidence: Evidence[];
  reason: string;
}

const QUOTE_CHARS = 200;

export const trimQuote = (quote: string): string =>
  quote.length <= QUOTE_CHARS ? quote : `${quote.slice(0, QUOTE_CHARS - 1).trimEnd()}…`;

export const notScored = (reason: string): CriterionVerdict => ({ met: null, evidence: [], reason });
