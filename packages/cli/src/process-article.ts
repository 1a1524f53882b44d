import type { Article, ExtractErrorCode, Extractor } from '@newsgraph/extractor';
import { serializeRecord } from './formats/create-formatter.js';
import type { OutputFormat } from './formats/formatter.js';
import { countWords } from './run-stats.js';

/**
 * What one article gives, as plain data that crosses threads: its record's text in the output
 * format, or why there is none (the extractor's error, or `format_failed` when the record could
 * not be written in the format), and its word count.
 */
export type Processed =
  | { ok: true; text: string; words: number }
  | { ok: false; error: { code: ExtractErrorCode | 'format_failed'; message: string }; words: number };

/** Extracts an article and writes its record in `format` (in the main thread or a worker). */
export async function processArticle(extractor: Extractor, article: Article, format: OutputFormat): Promise<Processed> {
  const words = countWords(article.text);
  const r = extractor.safeExtract(article);
  if (!r.ok) return { ok: false, error: { code: r.error.code, message: r.error.message }, words };
  try {
    return { ok: true, text: await serializeRecord(format, r.record, { text: article.text }), words };
  } catch (e) {
    return { ok: false, error: { code: 'format_failed', message: `cannot be written as ${format}: ${(e as Error)?.message ?? String(e)}` }, words };
  }
}
