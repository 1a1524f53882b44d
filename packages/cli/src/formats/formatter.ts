import type { ArticleRecord } from '@newsgraph/models';

export const OUTPUT_FORMATS = ['jsonld', 'ndjson', 'nquads', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the writer knows about a record besides the record itself. */
export interface RecordContext {
  /** The article text the record's offsets index into (used by csv when the record has no `text`). */
  text?: string;
}

/**
 * Turns records into the text of one output format, piece by piece, so that records can be
 * written as they arrive: `start()`, then `record()` for each record, then `end()`.
 * `record()` either returns the whole text of the record or throws, and then nothing of it
 * has been emitted (the formatter's state is unchanged).
 */
export interface Formatter {
  start(): string;
  record(record: ArticleRecord, context?: RecordContext): Promise<string>;
  /**
   * Places a record's text made by `serializeRecord` (in this thread or a worker) in the output:
   * `record(r)` is `place(await serializeRecord(format, r))`.
   */
  place(text: string): string;
  end(): string;
}

/** The record without its own "@context" (the context is given once, by the enclosing document). */
export function withoutContext(record: ArticleRecord): Omit<ArticleRecord, '@context'> {
  const { '@context': _ignored, ...rest } = record;
  return rest;
}
