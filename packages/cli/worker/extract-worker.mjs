// A worker of the extraction pool (tinypool): extracts a batch of articles per task (see
// extract-pool.ts) and returns each record's text in the output format (the main thread only
// places it), or the error's code and message (an ExtractError does not survive structured
// cloning). Plain JavaScript beside src/ and dist/, so that it runs as is under tests and from the
// build; it uses the built CLI modules.
import { createExtractor } from '@newsgraph/extractor';
import { processArticles } from '../dist/process-article.js';

const extractors = new Map();

/** @param {{ articles: import('@newsgraph/extractor').Article[], options: import('@newsgraph/extractor').ExtractorOptions, format: import('../dist/formats/formatter.js').OutputFormat }} task */
export default function extract({ articles, options, format }) {
  const key = JSON.stringify(options);
  let extractor = extractors.get(key);
  if (!extractor) {
    extractor = createExtractor(options);
    extractors.set(key, extractor);
  }
  return processArticles(extractor, articles, format);
}
