import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, type ArticleRecord } from './article-record.js';
import { fullRecord } from './fixtures.test-data.js';
import { isArticleRecord } from './validate-record.js';

/** Ways to break a valid record, one check of the schema each (shape, patterns, refinements). */
const BREAKS: [string, (r: ArticleRecord) => void][] = [
  ['unknown key', (r) => ((r as Record<string, unknown>).extra = 1)],
  ['nested unknown key', (r) => ((r.people[0] as Record<string, unknown>).nickname = 'x')],
  ['bad @id', (r) => (r['@id'] = 'urn:newsgraph:article:xyz')],
  ['mention longer than its text', (r) => (r.people[0]!.mentions[0]!.end += 1)],
  ['mention off the text', (r) => (r.people[0]!.mentions[0]!.text = 'Kim Jong Ux')],
  ['datePublishedSource without a date', (r) => delete r.datePublished],
  ['duplicate entity', (r) => r.people.push(r.people[0]!)],
  ['unknown figure of an event', (r) => r.events[0]?.figures.push('urn:newsgraph:figure:0123456789abcdef:99')],
  ['latitude out of range', (r) => r.places.find((p) => p.geo)?.geo && (r.places.find((p) => p.geo)!.geo!.latitude = 91)],
  ['a bad TIMEX3 value', (r) => (r.dates[0]!.value = 'yesterday')],
];

describe('isArticleRecord', () => {
  it('accepts what ArticleRecordSchema accepts', () => {
    expect(isArticleRecord(fullRecord())).toBe(true);
    expect(ArticleRecordSchema.safeParse(fullRecord()).success).toBe(true);
  });

  it.each(BREAKS)('rejects what ArticleRecordSchema rejects: %s', (_name, breakIt) => {
    const r = fullRecord();
    breakIt(r);
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
    expect(isArticleRecord(r)).toBe(false);
  });
});
