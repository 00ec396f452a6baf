import { requestedRange } from './byte-range';

describe('requestedRange', () => {
  const SIZE = 1000;

  it.each<[string, number, number]>([
    ['bytes=0-0', 0, 0],
    ['bytes=0-99', 0, 99],
    ['bytes=500-', 500, 999],
    ['bytes=990-5000', 990, 999],
    ['bytes=-10', 990, 999],
    ['bytes=-5000', 0, 999],
    [' bytes=1-2 ', 1, 2],
  ])('reads %s as bytes %i to %i', (header, start, end) => {
    expect(requestedRange(header, SIZE)).toEqual({ kind: 'part', start, end });
  });

  it.each([
    ['no header', undefined],
    ['several ranges', 'bytes=0-1,5-9'],
    ['another unit', 'items=0-1'],
    ['a last position before the first', 'bytes=9-5'],
    ['no positions at all', 'bytes=-'],
    ['garbage', 'bytes=a-b'],
    ['a number too long to be a position', 'bytes=0-9999999999999999'],
  ])('answers the whole file for %s', (_label, header) => {
    expect(requestedRange(header, SIZE)).toEqual({ kind: 'whole' });
  });

  it.each([
    ['a start at the end', 'bytes=1000-', SIZE],
    ['a start past the end', 'bytes=2000-3000', SIZE],
    ['an empty suffix', 'bytes=-0', SIZE],
    ['any range of an empty file', 'bytes=-5', 0],
  ])('refuses %s as unsatisfiable', (_label, header, size) => {
    expect(requestedRange(header, size)).toEqual({ kind: 'unsatisfiable' });
  });
});
