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
