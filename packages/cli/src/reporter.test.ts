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

  it('draws no progress when stderr is not a terminal, or when quiet', () => {
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

  it('writes durations the way people read them', () => {
    expect([duration(45), duration(200), duration(3720)]).toEqual(['45 s', '3 min 20 s', '1 h 02 min']);
  });
});
