import type { Article, ExtractErrorCode, Extractor, SafeExtractResult } from '@newsgraph/extractor';
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
  return written(article, extractor.safeExtract(article), format);
}

/** As processArticle for each of several articles, extracted as one batch (see Extractor.safeExtractBatch). */
export async function processArticles(extractor: Extractor, articles: readonly Article[], format: OutputFormat): Promise<Processed[]> {
  const results = extractor.safeExtractBatch(articles);
  const out: Processed[] = [];
  for (let i = 0; i < articles.length; i++) out.push(await written(articles[i]!, results[i]!, format));
  return out;
}

async function written(article: Article, r: SafeExtractResult, format: OutputFormat): Promise<Processed> {
  const words = countWords(article.text);
  if (!r.ok) return { ok: false, error: { code: r.error.code, message: r.error.message }, words };
  try {
    return { ok: true, text: await serializeRecord(format, r.record, { text: article.text }), words };
  } catch (e) {
    return { ok: false, error: { code: 'format_failed', message: `cannot be written as ${format}: ${(e as Error)?.message ?? String(e)}` }, words };
  }
}
