import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleRecordSchema, CONTEXT_URL, contextDocument, documentLoader, type ArticleRecord } from '@newsgraph/models';
import { CSV_COLUMNS, csvRows, formatRecords, recordDocument, recordToNQuads, type OutputFormat } from '../packages/cli/src/formats/index.js';
import { FULL_RECORD } from '../packages/cli/src/testing/full-record.fixture.js';
import { runCli } from '../packages/cli/src/testing/run-cli.fixture.js';

// Cross-package validity of the four output formats: the CLI's output of the sample dump (records
// as the extractor gives them today) and a hand-made record with every optional field.

const SAMPLE = fileURLToPath(new URL('../data/dumps/000_2281aa0f27802df5.txt', import.meta.url));
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const safe = { safe: true, documentLoader } as unknown as jsonld.Options.Expand;

const outputs = {} as Record<OutputFormat, string>;
let sample: ArticleRecord[];

beforeAll(async () => {
  for (const format of ['jsonld', 'ndjson', 'nquads', 'csv'] as const) {
    const r = await runCli(['extract', '--format', format, SAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    outputs[format] = r.stdout;
  }
  sample = (JSON.parse(outputs.jsonld) as { '@graph': ArticleRecord[] })['@graph'];
  expect(sample).toHaveLength(4);
});

/** A term of the context as an absolute IRI. */
function termIri(term: string): string {
  const ctx = contextDocument()['@context'];
  const def = ctx[term];
  const id = typeof def === 'string' ? def : (def as { '@id'?: string } | undefined)?.['@id'];
  if (!id) throw new Error(`the context does not define ${term}`);
  const [prefix, local] = id.split(':', 2) as [string, string];
  const base = ctx[prefix];
  return typeof base === 'string' && !id.includes('//') ? base + local : id;
}

/**
 * The triples a record must give when no term is dropped: one per (node, key, value) for every
 * key that holds a value (nulls and empty arrays give none), one per @type; a nested object
 * without @id is a blank node. Kept as a set, since RDF drops duplicate triples.
 */
function expectedTriples(record: object): Set<string> {
  const out = new Set<string>();
  let blank = 0;
  const node = (obj: Record<string, unknown>): string => {
    const subject = typeof obj['@id'] === 'string' ? obj['@id'] : `_:n${blank++}`;
    if (typeof obj['@type'] === 'string') out.add(`${subject} ${RDF_TYPE} ${obj['@type']}`);
    for (const [key, value] of Object.entries(obj)) {
      if (key.startsWith('@')) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (v === null || v === undefined) continue;
        const object = typeof v === 'object' ? node(v as Record<string, unknown>) : JSON.stringify(v);
        out.add(`${subject} ${termIri(key)} ${object}`);
      }
    }
    return subject;
  };
  node(record as Record<string, unknown>);
  return out;
}

/** Every key of a record, at any depth, with a value (what RDF must keep). */
function keyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + keyCount(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k.startsWith('@') || v === null || (Array.isArray(v) && v.length === 0) ? 0 : 1) + keyCount(v), 0);
}

/** Keys of the expanded form, at any depth (an expanded property holds values; @value/@id/@type are JSON-LD's). */
function expandedKeyCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + expandedKeyCount(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k.startsWith('@') || (Array.isArray(v) && v.length === 0) ? 0 : 1) + expandedKeyCount(v), 0);
}

async function checkRecord(record: ArticleRecord): Promise<void> {
  const doc = recordDocument(record);
  // Safe mode throws when a term would be dropped.
  const expanded = await jsonld.expand(doc as unknown as jsonld.JsonLdDocument, safe);
  expect(expanded).toHaveLength(1);
  // people, places and organizations all expand to schema:mentions, so the expanded node has fewer
  // top-level keys; count the values under them instead, at every depth.
  expect(expandedKeyCount(expanded)).toBe(keyCount(record) - mergedMentionKeys(record));
  // RDF: every key with a value gives its triples, no more, no fewer.
  const quads = new Parser({ format: 'N-Quads' }).parse(await recordToNQuads(record));
  expect(quads.length).toBe(expectedTriples(doc).size);
  const predicates = new Set(quads.map((q) => q.predicate.value));
  for (const key of presentKeys(record)) expect(predicates, key).toContain(termIri(key));
}

/** How many of people/places/organizations are non-empty beyond the first: they share one expanded key. */
function mergedMentionKeys(record: ArticleRecord): number {
  const n = [record.people, record.places, record.organizations].filter((l) => l.length > 0).length;
  return Math.max(0, n - 1);
}

/** Blank node labels in subject or object position (not text inside literals). */
function blankNodes(nquads: string): Set<string> {
  const out = new Set<string>();
  for (const line of nquads.split('\n')) {
    for (const b of [/^(_:\S+)/.exec(line)?.[1], /^\S+ <[^>]*> (_:\S+)/.exec(line)?.[1]]) if (b) out.add(b);
  }
  return out;
}

/** Every key with a value, at any depth. */
function presentKeys(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => presentKeys(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('@') || v === null || (Array.isArray(v) && v.length === 0)) continue;
      out.add(k);
      presentKeys(v, out);
    }
  }
  return out;
}

describe('the hand-made full record', () => {
  it('is a valid ArticleRecord with every optional field', () => {
    expect(ArticleRecordSchema.parse(FULL_RECORD)).toEqual(FULL_RECORD);
    const keys = presentKeys(FULL_RECORD);
    for (const k of ['identifier', 'url', 'datePublished', 'text', 'creditText', 'jobTitle', 'alternateName', 'sameAs', 'geo', 'latitude', 'addressCountry', 'attributedTo', 'source', 'group', 'acled', 'subEventType', 'participants', 'figures', 'location', 'endDate', 'issues']) {
      expect(keys, k).toContain(k);
    }
  });

  it('expands in safe mode and converts to RDF with no term dropped', async () => {
    await checkRecord(FULL_RECORD);
  });

  it('passes through every format', async () => {
    const jsonldDoc = JSON.parse(await formatRecords('jsonld', [FULL_RECORD]));
    await expect(jsonld.expand(jsonldDoc, safe)).resolves.toHaveLength(1);
    const line = (await formatRecords('ndjson', [FULL_RECORD])).trimEnd();
    expect(ArticleRecordSchema.parse(JSON.parse(line))).toEqual({ '@context': CONTEXT_URL, ...FULL_RECORD });
    const quads = new Parser({ format: 'N-Quads' }).parse(await formatRecords('nquads', [FULL_RECORD]));
    expect(quads.length).toBe(expectedTriples(recordDocument(FULL_RECORD)).size);
    const rows = parseCsv(await formatRecords('csv', [FULL_RECORD])) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + csvRows(FULL_RECORD).length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    // Quotes, commas and line breaks come back intact.
    const evidence = rows[2]![CSV_COLUMNS.indexOf('evidence_text')];
    expect(evidence).toContain('"<no> to war, _:b0".\nOthers fled.');
  });
});

describe('the sample dump in every format', () => {
  it('jsonld: one document that expands in safe mode', async () => {
    const doc = JSON.parse(outputs.jsonld);
    expect(doc['@context']).toBe(CONTEXT_URL);
    const expanded = await jsonld.expand(doc, safe);
    expect(expanded).toHaveLength(4);
    await expect(jsonld.toRDF(doc, { ...safe, format: 'application/n-quads' } as jsonld.Options.ToRdf)).resolves.toBeTruthy();
  });

  it('every record expands and converts to RDF with no term dropped', async () => {
    for (const r of sample) await checkRecord(r);
  });

  it('ndjson: each line parses, is a complete JSON-LD document, and validates', async () => {
    const lines = outputs.ndjson.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const rec = ArticleRecordSchema.parse(JSON.parse(line));
      expect(rec['@context']).toBe(CONTEXT_URL);
      await expect(jsonld.expand(rec as unknown as jsonld.JsonLdDocument, safe)).resolves.toHaveLength(1);
    }
  });

  it('nquads: parses with n3, each record its triples, no blank node shared between records', async () => {
    const quads: Quad[] = new Parser({ format: 'N-Quads' }).parse(outputs.nquads);
    expect(quads.length).toBe(sample.reduce((n, r) => n + expectedTriples(recordDocument(r)).size, 0));
    // n3 renames blank nodes per parse, so compare the labels as written, record by record.
    const perRecord = await Promise.all(sample.map((r) => recordToNQuads(r)));
    expect(perRecord.join('')).toBe(outputs.nquads);
    const labels = perRecord.map((nq) => blankNodes(nq));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect([...labels[i]!].filter((b) => labels[j]!.has(b))).toEqual([]);
    }
  });

  it('csv: parses, every row has the header\'s column count, one row per event and unlinked figure', () => {
    const rows = parseCsv(outputs.csv) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.length - 1).toBe(sample.reduce((n, r) => n + csvRows(r).length, 0));
    expect(outputs.csv.endsWith('\r\n')).toBe(true);
  });
});
