import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, CONTEXT_URL } from '@newsgraph/models';
import { FULL_RECORD } from '../testing/full-record.fixture.js';
import { formatRecords } from './create-formatter.js';

describe('ndjson format', () => {
  it('writes one complete JSON-LD document per line, @context first', async () => {
    const text = await formatRecords('ndjson', [FULL_RECORD, { ...FULL_RECORD, '@context': CONTEXT_URL }]);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const doc = JSON.parse(line);
      expect(Object.keys(doc)[0]).toBe('@context');
      expect(doc['@context']).toBe(CONTEXT_URL);
      expect(ArticleRecordSchema.parse(doc)).toEqual({ ...FULL_RECORD, '@context': CONTEXT_URL });
    }
  });

  it('keeps line breaks inside strings escaped, so a record never spans lines', async () => {
    expect(FULL_RECORD.text).toContain('\n');
    expect((await formatRecords('ndjson', [FULL_RECORD])).trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes nothing for no records', async () => {
    expect(await formatRecords('ndjson', [])).toBe('');
  });
});
