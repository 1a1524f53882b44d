import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '@newsgraph/models';
import { FULL_RECORD } from '../testing/full-record.fixture.js';
import { formatRecords } from './create-formatter.js';
import { recordToNQuads, relabelBlankNodes } from './nquads.js';

const ID = 'urn:newsgraph:article:0123456789abcdef';
/** Blank nodes in subject or object position (not text inside literals). */
const bnodes = (nq: string) =>
  new Set(nq.split('\n').flatMap((l) => [/^(_:\S+)/.exec(l)?.[1], /^\S+ <[^>]*> (_:\S+)/.exec(l)?.[1]].filter((x): x is string => x !== undefined)));

describe('relabelBlankNodes', () => {
  const nq = [
    `<${ID}> <https://schema.org/image> _:b0 .`,
    `_:b0 <https://schema.org/caption> "a caption with _:b0 and <x> inside" .`,
    `_:b0 <https://schema.org/creditText> "AP" .`,
    '',
  ].join('\n');

  it('renames subjects and objects, not text inside literals', () => {
    const out = relabelBlankNodes(nq, ID);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^<urn:newsgraph:article:0123456789abcdef> <https:\/\/schema.org\/image> _:0123456789abcdef_[0-9a-f]{8}_b0 \.$/);
    expect(lines[1]).toMatch(/^_:0123456789abcdef_[0-9a-f]{8}_b0 <https:\/\/schema.org\/caption> "a caption with _:b0 and <x> inside" \.$/);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('is stable, and differs between different records of the same article', () => {
    expect(relabelBlankNodes(nq, ID)).toBe(relabelBlankNodes(nq, ID));
    const other = nq.replace('"AP"', '"Reuters"');
    expect([...bnodes(relabelBlankNodes(nq, ID))]).not.toEqual([...bnodes(relabelBlankNodes(other, ID))]);
  });

  it('leaves quads without blank nodes alone', () => {
    const plain = `<${ID}> <https://schema.org/headline> "_:b0 is not a node" .\n`;
    expect(relabelBlankNodes(plain, ID)).toBe(plain);
  });
});

describe('nquads format', () => {
  it('converts a full record; no blank node is shared by two different records', async () => {
    const other: ArticleRecord = { ...FULL_RECORD, '@id': 'urn:newsgraph:article:fedcba9876543210', headline: 'Another' };
    const a = await recordToNQuads(FULL_RECORD);
    const b = await recordToNQuads(other);
    expect(a).toContain('<urn:newsgraph:article:0123456789abcdef> <https://schema.org/headline>');
    expect(a).toContain('<https://schema.org/jobTitle> "army spokesman"');
    expect(a).toContain('"-1.67409E0"^^<http://www.w3.org/2001/XMLSchema#double>');
    const shared = [...bnodes(a)].filter((x) => bnodes(b).has(x));
    expect(shared).toEqual([]);
    expect(await formatRecords('nquads', [FULL_RECORD, other])).toBe(a + b);
  });

  it('throws rather than drop a term (safe mode)', async () => {
    const bad = { ...FULL_RECORD, bogus: 'x' } as unknown as ArticleRecord;
    await expect(recordToNQuads(bad)).rejects.toThrow(/[Ss]afe mode/);
    const relative = { ...FULL_RECORD, events: [{ ...FULL_RECORD.events[0]!, location: 'goma' }] } as ArticleRecord;
    await expect(recordToNQuads(relative)).rejects.toThrow();
  });
});
