import { DomainError, ErrorCodes, IdPrefix, idPattern, parseIsoTimestamp } from '@callsight/contracts';

/** Where a page ended: the last row's time and id (the tie-breaker), so the next page starts after it. */
export interface KeysetCursor {
  at: Date;
  id: string;
}

export const encodeKeysetCursor = (at: Date, id: string): string =>
  Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url');

/** The cursor a page of `prefix` rows returned, or a 400 naming `cursor` for anything this API did not hand out. */
export function decodeKeysetCursor(cursor: string, prefix: IdPrefix): KeysetCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { at?: unknown; id?: unknown };
    const at = parseIsoTimestamp(parsed.at);
    if (typeof parsed.id === 'string' && idPattern(prefix).test(parsed.id) && at) return { at, id: parsed.id };
  } catch {
    // Not base64url JSON: refused below like any other cursor this API did not return.
  }
  throw new DomainError(ErrorCodes.validationFailed, 'cursor is not one this API returned', [
    { field: 'cursor', message: 'cursor must be a next_cursor returned by this API' },
  ]);
}
