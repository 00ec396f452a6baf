import { mergePatch } from './config-settings';

describe('JSON merge patch (RFC 7396)', () => {
  it('merges objects, removes keys set to null, and replaces anything else', () => {
    const current = { threshold: 0.5, phrases: ['cancel'], speakers: { agent: true, customer: true } };
    expect(mergePatch(current, { threshold: null, phrases: ['refund'], speakers: { customer: false } })).toEqual({
      phrases: ['refund'],
      speakers: { agent: true, customer: false },
    });
    expect(current.threshold).toBe(0.5);
    expect(mergePatch({ a: 1 }, {})).toEqual({ a: 1 });
    expect(mergePatch({ a: { b: 1 } }, { a: 'flat' })).toEqual({ a: 'flat' });
    expect(mergePatch('old', { a: { b: null, c: 2 } })).toEqual({ a: { c: 2 } });
  });
});
