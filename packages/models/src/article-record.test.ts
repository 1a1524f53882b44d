import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema } from './article-record.js';
import { fullRecord } from './fixtures.test-data.js';

describe('ArticleRecordSchema', () => {
  it('accepts a record with every field', () => {
    expect(ArticleRecordSchema.safeParse(fullRecord()).success).toBe(true);
  });

  it('accepts a minimal record', () => {
    const r = { '@id': 'urn:newsgraph:article:0123456789abcdef', '@type': 'NewsArticle', datePublishedSource: 'none',
      image: [], people: [], places: [], organizations: [], dates: [], casualties: [], events: [], issues: [] };
    expect(ArticleRecordSchema.safeParse(r).success).toBe(true);
  });

  it('rejects unknown keys, which the JSON-LD context could not expand', () => {
    expect(ArticleRecordSchema.safeParse({ ...fullRecord(), extra: 1 }).success).toBe(false);
    const r = fullRecord();
    (r.people[0] as Record<string, unknown>).nickname = 'x';
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
  });

  it('rejects a mention whose text is not the text at its offsets', () => {
    const r = fullRecord();
    r.people[0]!.mentions[0] = { start: 0, end: 11, text: 'Kim Jong Il' };
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
  });

  it('rejects links to entities or figures the record does not have', () => {
    const r = fullRecord();
    r.events[0]!.figures = ['urn:newsgraph:figure:0123456789abcdef:9'];
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
    const s = fullRecord();
    s.events[0]!.location = 'urn:newsgraph:place:nowhere';
    expect(ArticleRecordSchema.safeParse(s).success).toBe(false);
    const part = fullRecord();
    part.casualties[1]!.partOf = 'urn:newsgraph:figure:0123456789abcdef:9';
    expect(ArticleRecordSchema.safeParse(part).success).toBe(false);
    part.casualties[1]!.partOf = part.casualties[1]!['@id'];
    expect(ArticleRecordSchema.safeParse(part).success).toBe(false);
  });

  it('requires datePublishedSource none exactly when there is no date', () => {
    const r = fullRecord();
    delete r.datePublished;
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
    r.datePublishedSource = 'none';
    expect(ArticleRecordSchema.safeParse(r).success).toBe(true);
  });

  it('rejects a figure whose minValue exceeds its maxValue, and a non-TIMEX date value', () => {
    const r = fullRecord();
    r.casualties[0]!.minValue = 30;
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
    const s = fullRecord();
    s.dates[0]!.value = 'next Monday';
    expect(ArticleRecordSchema.safeParse(s).success).toBe(false);
  });

  it('rejects an ACLED sub-event type that is not under its event type', () => {
    const r = fullRecord();
    r.events[0]!.acled = { eventType: 'Protests', subEventType: 'Armed clash' };
    expect(ArticleRecordSchema.safeParse(r).success).toBe(false);
  });
});
