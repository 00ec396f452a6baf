/**
 * A counting semaphore whose waiters leave the queue when their signal aborts, so a run that timed
 * out while waiting for a slot does not take one later. The limit can change between acquisitions
 * (a workspace edits max_concurrency); requests already in flight finish.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(public limit: number) {}

  get inFlight(): number {
    return this.active;
  }

  async run<T>(work: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const granted = () => {
        signal.removeEventListener('abort', aborted);
        this.active += 1;
        resolve();
      };
      const aborted = () => {
        this.waiting.splice(this.waiting.indexOf(granted), 1);
        reject(signal.reason as Error);
      };
      this.waiting.push(granted);
      signal.addEventListener('abort', aborted, { once: true });
    });
  }

  private release(): void {
    this.active -= 1;
    while (this.active < this.limit && this.waiting.length > 0) this.waiting.shift()!();
  }
}
