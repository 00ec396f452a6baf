import { idPattern } from '@callsight/contracts';
import { derivedId, newId } from './ids';

describe('ids', () => {
  it('gives new ids that match the id pattern and differ', () => {
    expect(newId('job')).toMatch(idPattern('job'));
    expect(newId('job')).not.toBe(newId('job'));
  });

  it('derives the same id from the same parts, a different one from different parts, in the id pattern', () => {
    const id = derivedId('job', 'ws_1', 'key-1', 'hash');
    expect(id).toMatch(idPattern('job'));
    expect(derivedId('job', 'ws_1', 'key-1', 'hash')).toBe(id);
    expect(derivedId('job', 'ws_2', 'key-1', 'hash')).not.toBe(id);
    expect(derivedId('job', 'ws_1', 'key-1', 'other')).not.toBe(id);
    // The separator keeps ("a", "bc") apart from ("ab", "c").
    expect(derivedId('call', 'a', 'bc')).not.toBe(derivedId('call', 'ab', 'c'));
  });
});
