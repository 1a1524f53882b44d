import type { ArticleRecord } from '@newsgraph/models';
import { createDoc, type Article, type Doc } from './doc/doc.js';
import { ExtractError } from './errors.js';
import { textProblem } from './ingest/validate-text.js';
import { DEFAULT_MAX_TEXT_LENGTH, resolveOptions, type ExtractorOptions, type ResolvedOptions } from './options.js';
import { runPipeline, runPipelineBatch } from './pipeline.js';
import { buildRecord } from './record/build-record.js';

export type SafeExtractResult = { ok: true; record: ArticleRecord } | { ok: false; error: ExtractError };

export interface Extractor {
  /** Extracts one article's record; throws an ExtractError for input it cannot read. */
  extract(article: Article): ArticleRecord;
  /** As extract, but returns `{ ok: false, error }` instead of throwing, as zod's safeParse does. */
  safeExtract(article: Article): SafeExtractResult;
  /**
   * As safeExtract for each of several articles, with the same records, but faster: the pipeline
   * runs stage by stage over all of them, which keeps each stage's data in the CPU's cache. Batches
   * of about 4 to 16 articles gain the most; every article of a batch is held until all are done
   * (8, or about 10,000 characters, leave the least for V8's full collections).
   */
  safeExtractBatch(articles: readonly Article[]): SafeExtractResult[];
  /**
   * Extracts a stream of articles, in order; a bad article yields `{ ok: false }` and the stream
   * goes on. An async source's articles are extracted one by one as they come; a sync one's
   * (an array) in batches of 8, as safeExtractBatch does.
   */
  extractAll(articles: AsyncIterable<Article> | Iterable<Article>): AsyncGenerator<SafeExtractResult>;
}

function checkArticle(article: unknown, options: ResolvedOptions): Article {
  if (typeof article !== 'object' || article === null) throw new ExtractError('invalid_input', 'an article must be an object with a "text" string');
  const a = article as Article;
  if (typeof a.text !== 'string') throw new ExtractError('invalid_input', 'the article has no "text" string');
  for (const k of ['title', 'published', 'id', 'url'] as const) {
    if (a[k] !== undefined && typeof a[k] !== 'string') throw new ExtractError('invalid_input', `the article's "${k}" must be a string`);
  }
  const max = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  if (a.text.length > max) {
    throw new ExtractError('too_long', `the article text has ${a.text.length.toLocaleString('en-US')} characters, more than the ${max.toLocaleString('en-US')} one article may have`);
  }
  if (!a.text.trim()) throw new ExtractError('empty_text', 'the article text is empty');
  const problem = textProblem(a.text);
  if (problem) throw new ExtractError('invalid_text', problem);
  return a;
}

/** What a stage threw, as the ExtractError the caller gets. */
const stageError = (e: unknown): ExtractError =>
  e instanceof ExtractError ? e : new ExtractError('internal', `extraction failed: ${(e as Error)?.message ?? String(e)}`, e);

const asExtractError = (e: unknown): ExtractError => (e instanceof ExtractError ? e : new ExtractError('internal', (e as Error)?.message ?? String(e), e));

function run(article: Article, options: ResolvedOptions): ArticleRecord {
  const a = checkArticle(article, options);
  const doc = createDoc(a);
  try {
    runPipeline(doc, options);
  } catch (e) {
    throw stageError(e);
  }
  return buildRecord(doc, options);
}

/** One article as a batch of one: the same checks, stages and error codes as safeExtractBatch. */
const safe = (article: Article, options: ResolvedOptions): SafeExtractResult => safeBatch([article], options)[0]!;

function safeBatch(articles: readonly Article[], options: ResolvedOptions): SafeExtractResult[] {
  const results: SafeExtractResult[] = new Array(articles.length);
  const docs: Doc[] = [];
  const indexOf: number[] = [];
  articles.forEach((article, i) => {
    try {
      docs.push(createDoc(checkArticle(article, options)));
      indexOf.push(i);
    } catch (e) {
      results[i] = { ok: false, error: asExtractError(e) };
    }
  });
  const failed = runPipelineBatch(docs, options);
  docs.forEach((doc, k) => {
    const i = indexOf[k]!;
    const f = failed[k];
    if (f) {
      results[i] = { ok: false, error: stageError(f.error) };
      return;
    }
    try {
      results[i] = { ok: true, record: buildRecord(doc, options) };
    } catch (e) {
      results[i] = { ok: false, error: asExtractError(e) };
    }
  });
  return results;
}

/**
 * Articles per batch when extractAll reads a sync iterable: 8, as the CLI's workers take them
 * (batches of 4 to 16 run about as fast, and a batch's data lives until its last stage, so a
 * smaller one leaves less for V8's full collections).
 */
const ALL_BATCH = 8;

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const resolved = resolveOptions(options);
  return {
    extract: (article) => run(article, resolved),
    safeExtract: (article) => safe(article, resolved),
    safeExtractBatch: (articles) => safeBatch(articles, resolved),
    async *extractAll(articles) {
      if (Symbol.asyncIterator in articles) {
        // An async source may be slow: each article is extracted as soon as it comes.
        for await (const article of articles) yield safe(article, resolved);
        return;
      }
      // Articles already in memory are extracted in batches (see safeExtractBatch).
      let batch: Article[] = [];
      for (const article of articles) {
        batch.push(article);
        if (batch.length === ALL_BATCH) {
          yield* safeBatch(batch, resolved);
          batch = [];
        }
      }
      if (batch.length) yield* safeBatch(batch, resolved);
    },
  };
}

/** One article, with default options. */
export const extract = (article: Article, options?: ExtractorOptions): ArticleRecord => run(article, resolveOptions(options));
/** One article, never throwing. */
export function safeExtract(article: Article, options?: ExtractorOptions): SafeExtractResult {
  let resolved: ResolvedOptions;
  try {
    resolved = resolveOptions(options);
  } catch (e) {
    return { ok: false, error: e as ExtractError };
  }
  return safe(article, resolved);
}
