import { CONTEXT_URL, type ArticleRecord } from '@newsgraph/models';
import { withoutContext, type Formatter } from './formatter.js';

/** The record as a complete JSON-LD document: its own "@context" first. */
export function recordDocument(record: ArticleRecord): ArticleRecord {
  return { '@context': CONTEXT_URL, ...withoutContext(record) };
}

/** Newline-delimited JSON: one complete JSON-LD document (a record with its "@context") per line. */
export function ndjsonFormatter(): Formatter {
  return {
    start: () => '',
    record: async (record: ArticleRecord) => ndjsonRecordText(record),
    place: (text) => text,
    end: () => '',
  };
}

export const ndjsonRecordText = (record: ArticleRecord): string => JSON.stringify(recordDocument(record)) + '\n';
