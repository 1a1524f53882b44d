import { describe, expect, it } from 'vitest';
import { CONTEXT_URL, type ArticleRecord } from '@newsgraph/models';
import { FULL_RECORD } from '../testing/full-record.fixture.js';
import { formatRecords } from './create-formatter.js';
import { jsonldFormatter } from './jsonld.js';
import { withoutContext } from './formatter.js';

const second: ArticleRecord = { ...FULL_RECORD, '@id': 'urn:newsgraph:article:fedcba9876543210', '@context': CONTEXT_URL };

describe('jsonld format', () => {
  for (const records of [[], [FULL_RECORD], [FULL_RECORD, second, FULL_RECORD]]) {
    it(`streams exactly JSON.stringify(document, null, 2) for ${records.length} record(s)`, async () => {
      const text = await formatRecords('jsonld', records);
      const doc = { '@context': CONTEXT_URL, '@graph': records.map(withoutContext) };
      expect(text).toBe(JSON.stringify(doc, null, 2) + '\n');
      expect(JSON.parse(text)).toEqual(doc);
    });
  }

  it('drops the records\' own @context: the document gives it once', async () => {
    const doc = JSON.parse(await formatRecords('jsonld', [second]));
    expect(doc['@graph'][0]['@context']).toBeUndefined();
    expect(doc['@context']).toBe(CONTEXT_URL);
  });

  it('emits each record as it is given, before the next one', async () => {
    const f = jsonldFormatter();
    expect(f.start()).not.toContain('urn:newsgraph:article');
    const first = await f.record(FULL_RECORD);
    expect(first).toContain(FULL_RECORD['@id']);
    expect(first).not.toContain(second['@id']);
  });
});
