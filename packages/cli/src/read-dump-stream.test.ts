import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSource, type SourceItem } from './read-source.js';

const SAMPLE = readFileSync(new URL('../../../data/dumps/000_2281aa0f27802df5.txt', import.meta.url));

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function read(bytes: Buffer, chunk: number, segment: number): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSource(chunked(bytes, chunk), 'dump.txt', 'auto', segment)) out.push(item);
  return out;
}

const ARTICLE = (title: string, body: string) =>
  [title, '', `${title} photo caption, 1 May 2025. (AP Photo/Jane Doe)`, 'TT', '', title, '', `${title} photo caption, 1 May 2025. (AP Photo/Jane Doe)`, '', body, ''].join('\n');

describe('reading a dump a segment at a time', () => {
  const cases: [string, Buffer][] = [
    ['the sample', SAMPLE],
    ['the sample three times, CRLF', Buffer.from(`${SAMPLE.toString('utf8')}\n\n${SAMPLE.toString('utf8')}\n\n${SAMPLE.toString('utf8')}`.replace(/\n/g, '\r\n'))],
    ['articles with an empty one and invalid UTF-8', Buffer.concat([
      Buffer.from(ARTICLE('Floods Hit Town', 'Floods forced 300 families from their homes.') + '\n' + ARTICLE('Empty One', '') + '\n' + ARTICLE('Port Strike', 'Dock workers walked out, the union said. Caf'), 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from(' owners complained.\n\n' + ARTICLE('Last One', 'Police arrested 12 people in Lagos.'), 'utf8'),
    ])],
  ];
  for (const [name, bytes] of cases) {
    it(`yields what reading it whole yields: ${name}`, async () => {
      const whole = await read(bytes, 1 << 20, 1 << 30);
      expect(whole.filter((i) => i.kind === 'article').length).toBeGreaterThan(1);
      for (const [chunk, segment] of [[7, 64], [500, 2000], [4096, 9000]] as const) {
        expect(await read(bytes, chunk, segment)).toEqual(whole);
      }
    });
  }

  it('rejects the rest of a dump from a NUL byte found past its first 64 KB, keeping what came before', async () => {
    const titles = Array.from({ length: 400 }, (_, i) => `Report Number ${i + 1}`);
    const good = Buffer.from(titles.map((t) => ARTICLE(t, 'Police arrested 12 people in Lagos on Monday, officials said.')).join('\n') + '\n', 'utf8');
    expect(good.length).toBeGreaterThan(1 << 16);
    const bytes = Buffer.concat([good, Buffer.from(ARTICLE('Broken', 'Gunmen killed five.'), 'utf8'), Buffer.from([0]), Buffer.from('\nmore\n')]);
    const items = await read(bytes, 4096, 8192);
    const read_ = items.flatMap((i) => (i.kind === 'article' ? [i.article.title] : []));
    // Every article before the segment holding the NUL byte is read; none after it.
    expect(read_.length).toBeGreaterThan(300);
    expect(read_).toEqual(titles.slice(0, read_.length));
    expect(items.filter((i) => i.kind === 'rejection').map((i) => (i.kind === 'rejection' ? i.code : ''))).toEqual(['invalid_text']);
  });
});
