import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError, Sink } from './sink.js';

const tick = () => new Promise((r) => setImmediate(r));

/** A stream that records each write it is handed; `highWaterMark` decides when it asks to wait. */
function recorder(options: { highWaterMark?: number; slow?: boolean; fail?: Error } = {}) {
  const writes: string[] = [];
  const pending: Array<() => void> = [];
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 1 << 20,
    decodeStrings: false,
    write(chunk, _enc, cb) {
      writes.push(String(chunk));
      if (options.fail) cb(options.fail);
      else if (options.slow) pending.push(() => cb());
      else cb();
    },
  });
  return { stream, writes, release: () => pending.splice(0).forEach((f) => f()) };
}

describe('Sink', () => {
  it('hands the texts written in one turn to the stream as one write, at the end of that turn', async () => {
    const r = recorder();
    const sink = new Sink(r.stream, true);
    await Promise.all(['a\n', 'b\n', 'c\n'].map((t) => sink.write(t)));
    expect(r.writes).toEqual([]);
    await tick();
    expect(r.writes).toEqual(['a\nb\nc\n']);
    await sink.write('d\n');
    await tick();
    expect(r.writes).toEqual(['a\nb\nc\n', 'd\n']);
    await sink.close();
  });

  it('writes at once when 64 K characters are held, without waiting for the turn to end', async () => {
    const r = recorder();
    const sink = new Sink(r.stream, true);
    const big = 'x'.repeat(40_000);
    await sink.write(big);
    await sink.write(big);
    expect(r.writes).toEqual([big + big]);
    await sink.close();
  });

  it('hands what it holds to the stream on close, and ends a stream it owns', async () => {
    const r = recorder();
    const sink = new Sink(r.stream, true);
    await sink.write('last\n');
    await sink.close();
    expect(r.writes).toEqual(['last\n']);
    expect(r.stream.writableFinished).toBe(true);
  });

  it('flushes but does not end a stream it does not own (stdout)', async () => {
    const r = recorder();
    const sink = new Sink(r.stream, false);
    await sink.write('x\n');
    await sink.close();
    expect(r.writes).toEqual(['x\n']);
    expect(r.stream.writableEnded).toBe(false);
  });

  it('makes later writes wait while the stream asks to, so a slow reader holds back the run', async () => {
    const r = recorder({ highWaterMark: 4, slow: true });
    const sink = new Sink(r.stream, true);
    await sink.write('12345\n');
    await tick(); // handed over: over the stream's mark, so it asks to wait
    let second = false;
    const p = sink.write('more\n').then(() => (second = true));
    await tick();
    await tick();
    expect(second).toBe(false);
    r.release();
    await p;
    expect(second).toBe(true);
    await tick();
    r.release();
    expect(r.writes.join('')).toBe('12345\nmore\n');
  });

  it("turns the stream's error into an OutputError on the next write and on close", async () => {
    const r = recorder({ fail: Object.assign(new Error('EPIPE: broken pipe'), { code: 'EPIPE' }) });
    const sink = new Sink(r.stream, true);
    await sink.write('a\n');
    await tick();
    await tick();
    await expect(sink.write('b\n')).rejects.toBeInstanceOf(OutputError);
    await expect(sink.close()).rejects.toThrow(/EPIPE/);
  });

  it('never writes an empty text', async () => {
    const r = recorder();
    const sink = new Sink(r.stream, true);
    await sink.write('');
    await tick();
    await sink.close();
    expect(r.writes).toEqual([]);
  });
});
