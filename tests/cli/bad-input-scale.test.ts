import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsgraph, requireBuilt, SAMPLE, summaryOf } from './helpers.js';

// Bad input as batch jobs meet it: each gives a clear rejection (or nothing changes), the run
// goes on, and in = out + rejected.

let dir: string;
const f = (name: string) => join(dir, name);
const GOOD = JSON.stringify({ id: 'good', text: 'Police in Lagos arrested 12 protesters on Monday, officials said.' });

beforeAll(() => {
  requireBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-scale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = newsgraph(['extract', '-f', 'ndjson', ...args]);
  const s = summaryOf(r.stderr);
  expect(s.in).toBe(s.out + s.rejected);
  return { ...r, summary: s };
}

describe('bad input at scale', () => {
  it('a 50 MB "article" is rejected as too long without being held, and the run goes on', () => {
    const words = 'casualties reported near the border town '.repeat(Math.ceil((50 << 20) / 41));
    writeFileSync(f('huge.txt'), `Huge Headline\n\n${words}\n`);
    writeFileSync(f('huge.jsonl'), [GOOD, JSON.stringify({ id: 'huge', text: words }), GOOD.replace('"good"', '"after"')].join('\n') + '\n');
    writeFileSync(f('after.jsonl'), GOOD + '\n');
    const r = run(['--input-format', 'text', f('huge.txt'), '--input-format', 'auto', f('after.jsonl'), f('huge.jsonl'), '--stats', f('huge-stats.json')]);
    expect(r.stderr).toMatch(/huge\.txt: rejected: the input is 50\.0 MB, more than the 16 MB one article may take .*\(too_long\)/);
    expect(r.stderr).toMatch(/huge\.jsonl:2: rejected: the line is 50\.0 MB, more than the 16 MB one article may take \(too_long\)/);
    expect(r.summary).toEqual({ in: 5, out: 3, rejected: 2 });
    // Neither was held: holding the text alone (as bytes, then as a string) took the run from about 160 MB to 300 MB.
    expect((JSON.parse(readFileSync(f('huge-stats.json'), 'utf8')) as { peakRssMB: number }).peakRssMB).toBeLessThan(250);
  });

  it('an article just under the longest input is still read, and the extractor rejects it as too long', () => {
    const words = 'casualties reported near the border town '.repeat(Math.ceil((3 << 20) / 41));
    writeFileSync(f('long.jsonl'), JSON.stringify({ id: 'long', text: words }) + '\n');
    const r = run([f('long.jsonl')]);
    expect(r.stderr).toMatch(/long\.jsonl:1: rejected: .*more than the 1,000,000 one article may have \(too_long\)/);
  });

  it('an article that exhausts a worker\'s heap is an internal rejection; a new worker takes the next article', () => {
    let text = '';
    for (let k = 0; text.length < 900_000; k++) text += `Gunmen killed ${k % 90} villagers in Zamfara State on Sunday, officials said. `;
    const lines = [GOOD, JSON.stringify({ id: 'heavy', text }), GOOD.replace('"good"', '"after"')];
    writeFileSync(f('heavy.jsonl'), lines.join('\n') + '\n');
    // A worker heap far below what a 900,000-character article needs (the default, 256 MB, reads it).
    const r = newsgraph(['extract', '-f', 'ndjson', '-w', '1', f('heavy.jsonl')], { env: { NEWSGRAPH_WORKER_HEAP_MB: '64' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/heavy\.jsonl:2: internal error: .*the worker failed: .*memory/);
    expect(summaryOf(r.stderr)).toEqual({ in: 3, out: 2, rejected: 1 });
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { identifier: string }).identifier)).toEqual(['good', 'after']);
  });

  it('a dump with CRLF line ends or a byte-order mark gives the same records', () => {
    const lf = readFileSync(SAMPLE);
    writeFileSync(f('crlf.txt'), Buffer.from(lf.toString('utf8').replace(/\n/g, '\r\n'), 'utf8'));
    writeFileSync(f('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lf]));
    const base = run([SAMPLE]).stdout;
    expect(run([f('crlf.txt')]).stdout).toBe(base);
    expect(run([f('bom.txt')]).stdout).toBe(base);
  });

  it('a NUL byte inside a JSONL line rejects that line only', () => {
    const bytes = Buffer.from(`${GOOD}\n{"id": "nul", "text": "ab"}\n${GOOD.replace('good', 'good-2')}\n`, 'utf8');
    const at = bytes.indexOf('"ab"') + 2;
    writeFileSync(f('nul.jsonl'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]));
    const r = run([f('nul.jsonl')]);
    expect(r.stderr).toMatch(/nul\.jsonl:2: rejected: .*binary data/);
    expect(r.summary).toEqual({ in: 3, out: 2, rejected: 1 });
  });

  it('truncated JSONL: a last line cut off mid-object is rejected, the lines before it are read', () => {
    writeFileSync(f('cut.jsonl'), `${GOOD}\n${GOOD.slice(0, 30)}`);
    const r = run([f('cut.jsonl')]);
    expect(r.stderr).toMatch(/cut\.jsonl:2: rejected:/);
    expect(r.summary).toEqual({ in: 2, out: 1, rejected: 1 });
  });

  it('an empty file is one rejected input', () => {
    writeFileSync(f('empty.txt'), '');
    writeFileSync(f('empty.jsonl'), '');
    const r = run([f('empty.txt'), f('empty.jsonl')]);
    expect(r.summary).toEqual({ in: 2, out: 0, rejected: 2 });
  });

  it.skipIf(platform() !== 'linux')('a file that cannot be read is one rejected input', () => {
    // Reading /proc/self/mem from its start fails with EIO, even as root.
    writeFileSync(f('ok.jsonl'), GOOD + '\n');
    const r = run(['/proc/self/mem', f('ok.jsonl')]);
    expect(r.stderr).toMatch(/\/proc\/self\/mem: rejected: the input could not be read: .*\(unreadable\)/);
    expect(r.summary).toEqual({ in: 2, out: 1, rejected: 1 });
  });
});
