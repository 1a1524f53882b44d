import { createHash } from 'node:crypto';
import type jsonld from 'jsonld';
import { documentLoader, type ArticleRecord } from '@newsgraph/models';
import type { Formatter } from './formatter.js';
import { recordDocument } from './ndjson.js';

/** A blank node label at the start of a line (subject) or as the object after `<predicate> `. */
const SUBJECT_BNODE = /^_:(\S+)/;
const OBJECT_BNODE = /^(\S+ <[^>]*> )_:(\S+)/;

/**
 * Renames the blank nodes of one record's N-Quads so that they cannot collide with another
 * record's: jsonld.js numbers every document's blank nodes from _:b0. The new labels are
 * `_:<article hash>_<content hash>_<old label>`, so they are stable across runs, and identical
 * records (the same article given twice) share them while different records never do.
 */
export function relabelBlankNodes(nquads: string, articleId: string): string {
  if (!nquads.includes('_:')) return nquads;
  const article = /([0-9a-f]{16})$/.exec(articleId)?.[1] ?? 'r';
  const content = createHash('sha256').update(nquads).digest('hex').slice(0, 8);
  const prefix = `${article}_${content}_`;
  // jsonld.js escapes IRIs, so `>` cannot occur inside one and literals start only after the predicate.
  return nquads
    .split('\n')
    .map((line) =>
      line.replace(SUBJECT_BNODE, (_m, label: string) => `_:${prefix}${label}`).replace(OBJECT_BNODE, (_m, head: string, label: string) => `${head}_:${prefix}${label}`),
    )
    .join('\n');
}

/** One record as N-Quads (safe mode: throws rather than drop a term; nothing is fetched). */
export async function recordToNQuads(record: ArticleRecord): Promise<string> {
  // Loaded on first use: a process that only places records' text (the CLI's main thread) never needs it.
  const { default: jsonldLib } = await import('jsonld');
  const options = { format: 'application/n-quads', safe: true, documentLoader } as unknown as jsonld.Options.ToRdf;
  const nquads = (await jsonldLib.toRDF(recordDocument(record) as unknown as jsonld.JsonLdDocument, options)) as string;
  return relabelBlankNodes(nquads, record['@id']);
}

/** RDF N-Quads, for triple stores: each record's quads in the default graph. */
export function nquadsFormatter(): Formatter {
  return {
    start: () => '',
    record: (record: ArticleRecord) => recordToNQuads(record),
    place: (text) => text,
    end: () => '',
  };
}
