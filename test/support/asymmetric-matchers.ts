/**
 * Jest's asymmetric matchers, typed as returning `unknown` instead of the `any` @types/jest declares, so that an
 * expected object built with them passes the type-aware lint rules. They are Jest's own matchers, unchanged.
 */
export const match: {
  any(type: unknown): unknown;
  stringMatching(pattern: string | RegExp): unknown;
  objectContaining(object: object): unknown;
  arrayContaining(array: readonly unknown[]): unknown;
  closeTo(number: number, numDigits?: number): unknown;
} = expect;
