import { describe, expect, it } from 'vitest';
import { readSource, type InputFormatOption, type SourceItem } from './read-source.js';

const enc = (s: string) => Buffer.from(s, 'utf8');

async function read(content: Uint8Array | string | Uint8Array[], name: string | undefined, format: InputFormatOption = 'auto'): Promise<SourceItem[]> {
  const chunks = Array.isArray(content) ? content : [typeof content === 'string' ? enc(content) : content];
  const out: SourceItem[] = [];
  for await (const item of readSource((async function* () { yield* chunks; })(), name, format)) out.push(item);
  return out;
}

const kinds = (items: SourceItem[]) => items.map((i) => (i.kind === 'format' ? `format:${i.format}` : i.kind === 'rejection' ? `rejection:${i.code}@${i.line}` : i.kind === 'article' ? `article@${i.line}` : `warning@${i.line}`));

const DUMP = [
  'First Headline Here',
  '',
  'A caption of the first photo, 1 May 2025. (AP Photo/Jane Doe)',
  'TT',
  '',
  'First Headline Here',
  '',
  'A caption of the first photo, 1 May 2025. (AP Photo/Jane Doe)',
  '',
  'The first body paragraph says something.',
  '',
  'Second Headline Here',
  '',
  'Another caption, 2 May 2025. (EPA)',
  'TT',
  '',
  'Second Headline Here',
  '',
  'Another caption, 2 May 2025. (EPA)',
  '',
  'The second body paragraph says something else.',
  '',
].join('\n');

describe('readSource', () => {
  it('reads a dump (a TT marker) into its articles, with their lines', async () => {
    const items = await read(DUMP, 'x.txt');
    expect(kinds(items)).toEqual(['format:dump', 'article@1', 'article@12']);
  });

  it('reads plain text as one article, verbatim', async () => {
    const text = 'Police said on Monday that 3 people were hurt.\n';
    const items = await read(text, 'a.txt');
    expect(kinds(items)).toEqual(['format:text', 'article@1']);
    expect(items[1]).toMatchObject({ article: { text } });
  });

  it('detects JSONL by name or by content, and honours an explicit format', async () => {
    const jsonl = '{"id":"1","text":"One."}\n{"id":"2","text":"Two."}\n';
    expect(kinds(await read(jsonl, 'a.jsonl'))).toEqual(['format:jsonl', 'article@1', 'article@2']);
    expect(kinds(await read(jsonl, undefined))).toEqual(['format:jsonl', 'article@1', 'article@2']);
    expect(kinds(await read(jsonl, 'a.txt', 'text'))).toEqual(['format:text', 'article@1']);
    expect(kinds(await read('Just text.', 'a.jsonl', 'text'))).toEqual(['format:text', 'article@1']);
  });

  it('rejects a broken JSONL line, an empty text and a non-object, keeping the rest', async () => {
    const jsonl = ['{"text":"Good one."}', '{"text": broken', '', '{"text":"   "}', '[1,2]', '{"title":"no text"}', '{"text":"Good two.","published":"2025-01-02"}'].join('\n');
    const items = await read(jsonl, 'a.jsonl');
    expect(kinds(items)).toEqual(['format:jsonl', 'article@1', 'rejection:invalid_json@2', 'rejection:empty_article@4', 'rejection:invalid_article@5', 'rejection:invalid_article@6', 'article@7']);
    expect(items[6]).toMatchObject({ article: { text: 'Good two.', published: '2025-01-02' } });
  });

  it('rejects a JSONL line that is not UTF-8, and only that line', async () => {
    const bytes = Buffer.concat([enc('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), enc('"}\n{"text":"ok too"}\n')]);
    const items = await read(bytes, 'a.jsonl');
    expect(kinds(items)).toEqual(['format:jsonl', 'article@1', 'rejection:invalid_text@2', 'article@3']);
    expect(items[2]).toMatchObject({ message: expect.stringContaining('not valid UTF-8') });
  });

  it('reads JSONL as it streams, across chunk boundaries', async () => {
    const text = '{"text":"Über 5 people"}\n{"text":"Two"}\n';
    const b = enc(text);
    const items = await read([b.subarray(0, 12), b.subarray(12, 13), b.subarray(13)], 'a.jsonl');
    expect(kinds(items)).toEqual(['format:jsonl', 'article@1', 'article@2']);
    expect(items[1]).toMatchObject({ article: { text: 'Über 5 people' } });
  });

  it('rejects binary data as a whole', async () => {
    const items = await read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'image.txt');
    expect(kinds(items)).toEqual(['rejection:invalid_text@undefined']);
    expect(items[0]).toMatchObject({ message: expect.stringContaining('binary') });
  });

  it('reads a dump with invalid UTF-8 with U+FFFD and a warning naming the line', async () => {
    const bytes = Buffer.concat([enc(DUMP.split('The first body')[0]!), enc('The first body '), Buffer.from([0xff]), enc(' paragraph.' + DUMP.split('says something.')[1]!)]);
    const items = await read(bytes, 'x.txt');
    expect(kinds(items)).toEqual(['format:dump', 'warning@10', 'article@1', 'article@12']);
    expect(items[2]).toMatchObject({ article: { text: expect.stringContaining('\uFFFD') } });
  });

  it('says so when there is no article at all', async () => {
    expect(kinds(await read('', 'e.txt'))).toEqual(['format:text', 'rejection:empty_article@1']);
    expect(kinds(await read('\n\n', 'e.jsonl'))).toEqual(['format:jsonl', 'rejection:no_articles@undefined']);
    expect(kinds(await read('  \n', 'e.txt', 'dump'))).toEqual(['format:dump', 'rejection:no_articles@undefined']);
  });
});
