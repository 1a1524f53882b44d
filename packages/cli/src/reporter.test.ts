import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { duration, Reporter } from './reporter.js';

function stream(isTTY: boolean) {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (isTTY) s.isTTY = true;
  let text = '';
  s.on('data', (c: Buffer) => (text += c.toString()));
  return { s, text: () => text };
}

describe('Reporter', () => {
  it('draws progress on a terminal and clears it before a message', () => {
    const { s, text } = stream(true);
    const r = new Reporter(s, { quiet: false });
    r.progress('a.txt', 0, 2, 3, true);
    r.problem('a.txt:4', 'rejected: bad');
    expect(text()).toBe('\r\x1b[K[1/2] a.txt: 3 articles done\r\x1b[Ka.txt:4: rejected: bad\n');
  });

  it('draws no progress line when stderr is not a terminal, or when quiet', () => {
    for (const [tty, quiet] of [[false, false], [true, true]] as const) {
      const { s, text } = stream(tty);
      const r = new Reporter(s, { quiet });
      r.progress('a.txt', 0, 1, 1, true);
      r.clearProgress();
      expect(text()).toBe('');
    }
  });

  it('prints the summary unless quiet; problems always', () => {
    const quiet = stream(false);
    const rq = new Reporter(quiet.s, { quiet: true });
    rq.problem('x', 'rejected: y');
    rq.summary('1 article in, 0 records out, 1 rejected');
    expect(quiet.text()).toBe('x: rejected: y\n');
    const loud = stream(false);
    new Reporter(loud.s, { quiet: false }).summary('1 article in, 1 record out, 0 rejected');
    expect(loud.text()).toBe('1 article in, 1 record out, 0 rejected\n');
  });

  it('shows the run’s speed, and how far it is with an ETA when the inputs’ sizes are known', () => {
    const { s, text } = stream(true);
    const r = new Reporter(s, { quiet: false });
    r.progress('big.jsonl', 0, 1, 500, true, { articles: 500, words: 120_000, seconds: 10, fraction: 0.25 });
    expect(text()).toBe('\r\x1b[Kbig.jsonl: 500 articles done · 50 articles/s · 12,000 words/s · 25% · ETA 30 s');
  });

  it('counts rejections in the progress line', () => {
    const { s, text } = stream(true);
    new Reporter(s, { quiet: false }).progress('big.jsonl', 0, 1, 500, true, { articles: 500, words: 120_000, seconds: 10, rejected: 3 });
    expect(text()).toBe('\r\x1b[Kbig.jsonl: 500 articles done · 50 articles/s · 12,000 words/s · 3 rejected');
  });

  it('logs a progress line every interval when stderr is not a terminal (a batch job), none when quiet', () => {
    const rate = { articles: 500, words: 120_000, seconds: 10, fraction: 0.5, rejected: 2 };
    const log = stream(false);
    const r = new Reporter(log.s, { quiet: false, logIntervalMs: 0 });
    r.progress('big.jsonl', 0, 1, 0, true);
    r.progress('big.jsonl', 0, 1, 500, false, rate);
    expect(log.text()).toBe('newsgraph: progress: big.jsonl: 500 articles done · 50 articles/s · 12,000 words/s · 2 rejected · 50% · ETA 10 s\n');
    const slow = stream(false);
    new Reporter(slow.s, { quiet: false, logIntervalMs: 60_000 }).progress('big.jsonl', 0, 1, 500, false, rate);
    expect(slow.text()).toBe('');
    const quiet = stream(false);
    new Reporter(quiet.s, { quiet: true, logIntervalMs: 0 }).progress('big.jsonl', 0, 1, 500, false, rate);
    expect(quiet.text()).toBe('');
  });

  it('writes durations the way people read them', () => {
    expect([duration(45), duration(200), duration(3720)]).toEqual(['45 s', '3 min 20 s', '1 h 02 min']);
  });
});
