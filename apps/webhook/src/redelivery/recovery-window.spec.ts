import { DomainError } from '@callsight/contracts';
import { recoveryWindow } from './redelivery.service';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const problemsOf = (since: string, until?: string): unknown => {
  try {
    recoveryWindow({ since, until }, NOW);
    return [];
  } catch (error) {
    return (error as DomainError).errors;
  }
};

describe('the recovery window', () => {
  it('runs from since to until, or to now', () => {
    expect(recoveryWindow({ since: '2026-12-07T10:00:00Z' }, NOW)).toEqual({
      since: new Date('2026-12-07T10:00:00Z'),
      until: NOW,
    });
    expect(recoveryWindow({ since: '2026-12-01T00:00:00Z', until: '2026-12-02T00:00:00Z' }, NOW).until).toEqual(
      new Date('2026-12-02T00:00:00Z'),
    );
  });

  it('refuses an empty or backwards window, and one reaching past 30 days', () => {
    expect(problemsOf('2026-12-07T10:00:00Z', '2026-12-07T10:00:00Z')).toEqual([
      { field: 'since', message: 'must be before until' },
    ]);
    expect(problemsOf('2026-12-07T13:00:00Z')).toEqual([{ field: 'since', message: 'must be before until' }]);
    expect(problemsOf('2026-11-07T11:59:59Z')).toEqual([
      { field: 'since', message: 'must be within the last 30 days' },
    ]);
    expect(problemsOf('2026-11-07T12:00:00Z')).toEqual([]);
  });
});
