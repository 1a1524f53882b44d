/**
 * One copy of the pipeline in a process of its own, for the batch part's machine ceiling (see
 * batch.ts): the bench articles in batches of 16 (safeExtractBatch, as a CLI worker runs them),
 * `seconds` of warm-up, then `seconds` measured; prints the words/s as a JSON number on stdout.
 */
import { createExtractor } from '../../packages/extractor/src/index.js';
import { benchArticles, countWords } from './corpus.js';

const seconds = Number(process.argv[2] ?? 5);
const { articles } = benchArticles();
const extractor = createExtractor();
const BATCH = 16;
const batches = Array.from({ length: Math.ceil(articles.length / BATCH) }, (_, b) => articles.slice(b * BATCH, (b + 1) * BATCH));
const words = batches.map((b) => b.reduce((n, a) => n + countWords(a.text), 0));

function pass(): number {
  let done = 0;
  const t0 = performance.now();
  for (let b = 0; performance.now() - t0 < seconds * 1000; b = (b + 1) % batches.length) {
    extractor.safeExtractBatch(batches[b]!);
    done += words[b]!;
  }
  return done / ((performance.now() - t0) / 1000);
}
pass();
process.stdout.write(JSON.stringify(pass()) + '\n');
