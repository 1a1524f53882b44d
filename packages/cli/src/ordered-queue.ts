/**
 * Jobs that run at the same time but are settled one at a time, in the order they were added, each
 * as soon as it and every job before it are done (a record is written the moment it can be, even
 * while the reader waits for more input). At most `capacity` jobs are unsettled: `add` waits for
 * room, so a slow output slows the reading. The first settle that throws stops the queue: later
 * jobs are never settled, and `add` and `drain` throw its error; so does `stop`.
 */
export class OrderedQueue<J> {
  private tail: Promise<void> = Promise.resolve();
  /** One promise per unsettled job, oldest first. */
  private readonly pending: Promise<void>[] = [];
  private stopped = false;

  constructor(
    private readonly capacity: number,
    private readonly settle: (job: J) => Promise<void>,
  ) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, not ${capacity}`);
  }

  /** Jobs added and not yet settled (after a failure: the failed job and every one after it). */
  get size(): number {
    return this.pending.length;
  }

  /** Adds a job; resolves once fewer than `capacity` jobs are unsettled. */
  async add(job: J): Promise<void> {
    const settled = this.tail.then(() => (this.stopped ? Promise.reject(new Error('the queue was stopped')) : this.settle(job))).then(() => {
      this.pending.shift();
    });
    // Observed through add and drain; never an unhandled rejection.
    settled.catch(() => {});
    this.tail = settled;
    this.pending.push(settled);
    while (this.pending.length >= this.capacity) await this.pending[0];
  }

  /** Settles no more jobs (one being settled finishes); those left stay counted in `size`. */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves when every job added is settled. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
