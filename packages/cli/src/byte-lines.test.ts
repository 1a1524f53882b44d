import { describe, expect, it } from 'vitest';
import { byteLines } from './byte-lines.js';

async function lines(chunks: (string | Uint8Array)[]): Promise<[number, string][]> {
  const bytes = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
  const out: [number, string][] = [];
  for await (const l of byteLines((async function* () { yield* bytes; })())) out.push([l.no, Buffer.from(l.bytes).toString('utf8')]);
  return out;
}

describe('byteLines', () => {
  it('splits on LF and CRLF, numbering lines from 1', async () => {
    expect(await lines(['a\nb\r\nc\n'])).toEqual([[1, 'a'], [2, 'b'], [3, 'c']]);
  });
  it('keeps empty lines and a last line without a line break', async () => {
    expect(await lines(['a\n\nb'])).toEqual([[1, 'a'], [2, ''], [3, 'b']]);
  });
  it('joins lines split across chunks, even inside a multi-byte character', async () => {
    const euro = Buffer.from('€', 'utf8'); // 3 bytes
    expect(await lines(['ab', 'c\nd', euro.subarray(0, 1), euro.subarray(1), '\r', '\n'])).toEqual([[1, 'abc'], [2, 'd€']]);
  });
  it('gives nothing for nothing', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines([''])).toEqual([]);
  });
  it('does not decode: invalid UTF-8 stays as bytes on its own line', async () => {
    const out: Uint8Array[] = [];
    for await (const l of byteLines((async function* () { yield Uint8Array.from([0x61, 0x0a, 0xff, 0xfe, 0x0a]); })())) out.push(l.bytes);
    expect(out.map((b) => [...b])).toEqual([[0x61], [0xff, 0xfe]]);
  });
});

describe('byteLines with a longest line', () => {
  it('gives a longer line as too long, with its length, without holding it, and goes on', async () => {
    const long = 'x'.repeat(50);
    const chunks = ['ab\n', long.slice(0, 20), long.slice(20), '\ncd\n', 'y'.repeat(30)];
    const out: { no: number; text: string; tooLong?: true; length?: number }[] = [];
    for await (const l of byteLines((async function* () { for (const c of chunks) yield Buffer.from(c); })(), 10)) {
      out.push({ no: l.no, text: Buffer.from(l.bytes).toString('utf8'), ...(l.tooLong ? { tooLong: l.tooLong, length: l.length } : {}) });
    }
    expect(out).toEqual([
      { no: 1, text: 'ab' },
      { no: 2, text: '', tooLong: true, length: 50 },
      { no: 3, text: 'cd' },
      { no: 4, text: '', tooLong: true, length: 30 },
    ]);
  });
  it('keeps a line of exactly the longest length, CRLF or not', async () => {
    const out: string[] = [];
    for await (const l of byteLines((async function* () { yield Buffer.from('0123456789\r\n0123456789\n'); })(), 10)) out.push(Buffer.from(l.bytes).toString('utf8'));
    expect(out).toEqual(['0123456789', '0123456789']);
  });
});

describe('byteLines offsets', () => {
  it('gives where each line ends in the stream, its line break included, and whether one ended it', async () => {
    const out: [number, boolean][] = [];
    for await (const l of byteLines((async function* () { yield* ['ab\r\nc', 'd\n', '\nxy'].map((c) => Buffer.from(c)); })())) out.push([l.end, l.ended]);
    expect(out).toEqual([[4, true], [7, true], [8, true], [10, false]]);
  });
});
