import { ConcurrencyLimit } from './concurrency-limit';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe('ConcurrencyLimit', () => {
  it('runs at most its limit at once and lets the next in as each finishes', async () => {
    const limit = new ConcurrencyLimit(2);
    const signal = new AbortController().signal;
    const gates = [later(), later(), later()];
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      limit.run(async () => {
        started.push(index);
        await gate.done;
        return index;
      }, signal),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    expect(limit.inFlight).toBe(2);
    gates[0].release();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates[1].release();
    gates[2].release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(limit.inFlight).toBe(0);
  });

  it('lets a waiter whose signal aborts leave the queue without taking a slot', async () => {
    const limit = new ConcurrencyLimit(1);
    const gate = later();
    const first = limit.run(() => gate.done, new AbortController().signal);
    const cancelled = new AbortController();
    const waiting = limit.run(() => Promise.resolve('never'), cancelled.signal);
    cancelled.abort(new Error('run timed out'));
    await expect(waiting).rejects.toThrow('run timed out');
    gate.release();
    await first;
    expect(await limit.run(() => Promise.resolve('next'), new AbortController().signal)).toBe('next');
    expect(limit.inFlight).toBe(0);
  });
});
