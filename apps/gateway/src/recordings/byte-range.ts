import type { ByteRange } from '@callsight/common/storage';

/** What a Range header asks of a file of a known size. */
export type RangeRequest = { kind: 'whole' } | ({ kind: 'part' } & ByteRange) | { kind: 'unsatisfiable' };

const WHOLE: RangeRequest = { kind: 'whole' };
const UNSATISFIABLE: RangeRequest = { kind: 'unsatisfiable' };
/** One byte range (RFC 9110 §14.1.2): `bytes=first-last`, `bytes=first-` or `bytes=-suffix`. */
const SINGLE_RANGE = /^bytes=(\d{0,15})-(\d{0,15})$/;

/**
 * The one range to answer with 206, or the whole file (no header, several ranges, another unit, or a
 * header that is not a valid range: RFC 9110 lets a server ignore Range), or 416 when the range lies
 * wholly past the end. A last position past the end is read as the end, as the RFC says.
 */
export function requestedRange(header: string | undefined, size: number): RangeRequest {
  const match = header ? SINGLE_RANGE.exec(header.trim()) : null;
  if (!match) return WHOLE;
  const [, first, last] = match;
  if (first === '' && last === '') return WHOLE;
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0
      ? UNSATISFIABLE
      : { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return WHOLE;
  if (start >= size) return UNSATISFIABLE;
  return { kind: 'part', start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
