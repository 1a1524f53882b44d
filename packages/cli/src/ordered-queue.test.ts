import { describe, expect, it } from 'vitest';
import { OrderedQueue } from './ordered-queue.js';

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('OrderedQueue', () => {
  it('settles jobs in the order they were added, whatever order they finish in', async () => {
    const out: number[] = [];
    const q = new OrderedQueue<{ n: number; done: Promise<void> }>(10, async (j) => {
      await j.done;
      out.push(j.n);
    });
    const d = [deferred<void>(), deferred<void>(), deferred<void>()];
    for (let n = 0; n < 3; n++) await q.add({ n, done: d[n]!.promise });
    d[2]!.resolve();
    d[1]!.resolve();
    await tick();
    expect(out).toEqual([]);
    d[0]!.resolve();
    await q.drain();
    expect(out).toEqual([0, 1, 2]);
    expect(q.size).toBe(0);
  });

  it('settles the head as soon as it is done, without waiting for the queue to fill', async () => {
    const out: number[] = [];
    const q = new OrderedQueue<number>(8, async (n) => {
      out.push(n);
    });
    await q.add(1);
    await tick();
    expect(out).toEqual([1]);
  });

  it('makes add wait while capacity jobs are unsettled', async () => {
    const gate = deferred<void>();
    const q = new OrderedQueue<number>(2, async () => gate.promise);
    await q.add(1);
    let added = false;
    const second = q.add(2).then(() => (added = true));
    await tick();
    expect(added).toBe(false);
    expect(q.size).toBe(2);
    gate.resolve();
    await second;
    expect(added).toBe(true);
  });

  it('with capacity 1, settles each job before add returns', async () => {
    const out: number[] = [];
    const q = new OrderedQueue<number>(1, async (n) => {
      await tick();
      out.push(n);
    });
    await q.add(1);
    expect(out).toEqual([1]);
    await q.add(2);
    expect(out).toEqual([1, 2]);
  });

  it('stops at the first failure: later jobs are not settled, add and drain throw, size counts what is left', async () => {
    const out: number[] = [];
    const q = new OrderedQueue<number>(3, async (n) => {
      if (n === 2) throw new Error('output closed');
      out.push(n);
    });
    await q.add(1);
    await q.add(2);
    await expect(q.add(3).then(() => q.add(4))).rejects.toThrow('output closed');
    await expect(q.drain()).rejects.toThrow('output closed');
    expect(out).toEqual([1]);
    expect(q.size).toBe(3);
  });

  it('settles nothing more once stopped, but lets the job being settled finish', async () => {
    const out: number[] = [];
    const gate = deferred<void>();
    const q = new OrderedQueue<number>(5, async (n) => {
      if (n === 1) await gate.promise;
      out.push(n);
    });
    await q.add(1);
    await q.add(2);
    await q.add(3);
    q.stop();
    gate.resolve();
    await expect(q.drain()).rejects.toThrow('stopped');
    expect(out).toEqual([1]);
    expect(q.size).toBe(2);
  });

  it('refuses a capacity below 1', () => {
    expect(() => new OrderedQueue<number>(0, async () => {})).toThrow(RangeError);
  });
});
