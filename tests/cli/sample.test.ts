import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, CONTEXT_URL, type ArticleRecord } from '@newsgraph/models';
import { CSV_COLUMNS } from '../../packages/cli/src/formats/csv.js';
import { fold, goldArticles, newsgraph, requireBuilt, SAMPLE, summaryOf, type BinResult } from './helpers.js';

const PHOTO_CREDIT_NAMES = ['Ahn Young-joon', 'Franck Robichon', 'Ilyas Akengin'];

let jsonld: BinResult;
let records: ArticleRecord[];
beforeAll(() => {
  requireBuilt();
  jsonld = newsgraph(['extract', SAMPLE]);
  records = (JSON.parse(jsonld.stdout) as { '@graph': ArticleRecord[] })['@graph'];
});

describe('newsgraph extract on the sample dump', () => {
  it('exits 0 and ends with a summary that adds up', () => {
    expect(jsonld.code, jsonld.stderr).toBe(0);
    expect(summaryOf(jsonld.stderr)).toEqual({ in: 4, out: 4, rejected: 0 });
    expect(jsonld.stderr.trim().split('\n')).toHaveLength(1); // nothing but the summary: no progress when stderr is a pipe
  });

  it('writes one JSON-LD document with exactly 4 valid records', () => {
    const doc = JSON.parse(jsonld.stdout);
    expect(Object.keys(doc)).toEqual(['@context', '@graph']);
    expect(doc['@context']).toBe(CONTEXT_URL);
    expect(records).toHaveLength(4);
    for (const r of records) {
      expect(r['@context']).toBeUndefined();
      expect(ArticleRecordSchema.safeParse(r).success).toBe(true);
    }
    expect(new Set(records.map((r) => r['@id'])).size).toBe(4);
  });

  it('gives each record its headline', () => {
    expect(records.map((r) => r.headline)).toEqual(goldArticles().map((g) => g.title));
  });

  it('gives every image its creditText', () => {
    const images = records.flatMap((r) => r.image);
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const img of images) expect(img.creditText, img.caption).toBeTruthy();
  });

  it('names no person like a photo credit', () => {
    const credits = new Set([...PHOTO_CREDIT_NAMES, ...goldArticles().flatMap((g) => g.credits ?? [])].map(fold));
    for (const r of records) {
      for (const p of r.people) {
        for (const name of [p.name, ...(p.alternateName ?? [])]) expect(credits.has(fold(name)), `${name} in ${r.headline}`).toBe(false);
      }
    }
  });

  it('writes the same records in every format', () => {
    const ndjson = newsgraph(['extract', '--format', 'ndjson', SAMPLE]);
    expect(ndjson.code, ndjson.stderr).toBe(0);
    const lines = ndjson.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as ArticleRecord);
    expect(lines.map(({ '@context': c, ...rest }) => (expect(c).toBe(CONTEXT_URL), rest))).toEqual(records);

    const nquads = newsgraph(['extract', '--format', 'nquads', SAMPLE]);
    expect(nquads.code, nquads.stderr).toBe(0);
    for (const r of records) expect(nquads.stdout).toContain(`<${r['@id']}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .`);

    const csv = newsgraph(['extract', '--format', 'csv', SAMPLE]);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parseCsv(csv.stdout) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = records.reduce((n, r) => {
      const linked = new Set(r.events.flatMap((e) => e.figures));
      return n + r.events.length + r.casualties.filter((f) => !linked.has(f['@id'])).length;
    }, 0);
    expect(rows.length - 1).toBe(expected);
    for (const s of [ndjson, nquads, csv]) expect(summaryOf(s.stderr)).toEqual({ in: 4, out: 4, rejected: 0 });
  });

  it('puts the text in the records with --include-text, and offsets index into it', () => {
    const r = newsgraph(['extract', '--include-text', '--format', 'ndjson', SAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) {
      const rec = ArticleRecordSchema.parse(JSON.parse(line));
      expect(rec.text).toBeTruthy();
      expect(rec.text).toContain(rec.headline!);
    }
  });
});
