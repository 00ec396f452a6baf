import type { RedactionEntity } from '@callsight/contracts';

export type PiiType = RedactionEntity;

/** A piece of personal data found in a text: `start`/`end` are offsets into that text (end exclusive). */
export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  text: string;
  /** What was said, normalised: the digits of a number, the address of an email ("pat.lee@gmail.com"). */
  value: string;
}

export interface FindPiiOptions {
  /** Where a number written without a country code is assumed to be (ISO 3166 alpha-2). */
  defaultCountry?: string;
}
