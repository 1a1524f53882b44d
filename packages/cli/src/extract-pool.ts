import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { Article, ExtractorOptions } from '@newsgraph/extractor';
import Tinypool from 'tinypool';
import type { OutputFormat } from './formats/formatter.js';
import { ArticleBatcher, BATCH_LIMITS } from './article-batcher.js';
import { processArticle, type Processed } from './process-article.js';

/** Turns articles into their records' text, in this thread or in a pool of worker threads. */
export interface ExtractPool {
  /** Worker threads; 0 when the extractor runs in this thread. */
  readonly workers: number;
  /** How many articles should be in the pool at once to keep it busy (1 in this thread: a strict line filter). */
  readonly capacity: number;
  process(article: Article): Promise<Processed>;
  close(): Promise<void>;
}

/**
 * A worker's old-generation heap, MB (NEWSGRAPH_WORKER_HEAP_MB, else 256): V8 otherwise lets each
 * worker's heap grow far past what it needs before collecting, and N workers multiply that. An
 * article of the longest allowed text (1,000,000 characters) is read within 160 MB.
 */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.NEWSGRAPH_WORKER_HEAP_MB);
  return Number.isInteger(n) && n >= 64 ? n : 256;
}

/**
 * A worker whose heap holds more than this after a batch, MB (NEWSGRAPH_WORKER_RECYCLE_MB, else
 * 140), is replaced by a fresh one before its next batch. wink-nlp adds every word it has never
 * seen to its vocabulary (with its lower case), and keeps it: measured, 69.5 MB after a million
 * short new names read alone, and about 80 MB more live heap after 300,000 new names read in
 * articles (wink's tables grow by doubling). So a dump with a large vocabulary (names, numbers,
 * typos) grows each worker's heap without bound; 1.5 million new names in 33 MB ran a worker out of
 * its heap. A worker's heap otherwise stays under about 125 MB after a batch (about 70 MB live, V8
 * collecting at about 105, plus the young generation), so 140 is only crossed once the vocabulary
 * has grown by some 20 MB (roughly 70,000 to 300,000 new words) or after an article of hundreds of
 * thousands of characters (the 20 MB bench dump replaces no worker). A fresh worker costs about a
 * second of start-up and some compiling; records do not change, since none depends on the articles
 * read before it.
 */
export function workerRecycleMb(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.NEWSGRAPH_WORKER_RECYCLE_MB);
  return Number.isFinite(n) && n > 0 ? n : 140;
}

/**
 * A worker's young generation, MB. V8's default (about 48) let two workers' RSS reach 470-500 MB
 * on a 20 MB dump; 16 took 40-50 MB off that at the same speed, within this machine's noise
 * (alternating runs, one worker: 61-64k words/s against 62-64k).
 */
const WORKER_YOUNG_MB = 16;

/**
 * V8 flags the CLI sets for its whole process before a worker pool starts (V8's flags are per
 * process, so the workers get them too; the library sets none for the programs that import it).
 */
const WORKER_POOL_V8_FLAGS = [
  // No allocation-site pretenuring. V8 watches where objects are made, and once most objects from
  // one place (an object literal, say) outlive two young-generation collections, it makes every
  // later object from there directly in the old generation, which only a full (mark-compact)
  // collection frees. A batch's tokens outlive a few collections while its stages run, so their
  // sites were soon pretenured, and from then on every token of every article went to the old
  // generation, even when it died young: measured over 2,169 dump articles with pretenuring,
  // 300-450 bytes a word reached the old generation in batches of 4 to 16; without it, 54 bytes in
  // batches of 4. On 20 MB with two workers, mark-compact collections went from 54 to 7 a worker,
  // and their background work from 8.0 to 0.9 s. A worker's young generation is small
  // (WORKER_YOUNG_MB), so what does survive it is copied twice at most.
  '--no-allocation-site-pretenuring',
  // No inlining of the array builtins (map, filter, forEach, find, …) into their callers by the
  // optimising compiler. Inlined, `xs.map(f)` makes a holey array where the builtin makes a packed
  // one, so every function that had only seen the packed kind deoptimised, once, when its caller
  // was optimised, and was compiled again: each worker compiles all of its own code, and over 8 MB
  // of articles these recompilations were 1.6 of its 4.4 s of compiling (126 deoptimisations).
  // Without the inlining, one worker compiles for 2.3 s with 43 deoptimisations, and the graphs it
  // compiles are smaller. Measured on 20 MB: the compiler threads' CPU fell from 5.1 to 3.4 s with
  // one worker and from 9.2 to 5.9 s with two, while the workers' own time stayed within this
  // machine's noise (28.6 s against 29.3 s, mean of five runs).
  '--no-turbo-inline-array-builtins',
  // Each young-generation collection on the thread that needs it alone. By default V8 splits it
  // with helper threads and waits for them; when every core is running a worker, the helpers wait
  // for a core and the collecting worker waits for them. Measured on 20 MB with two workers: the
  // workers' collection pauses fell from 1.2 to 1.0 s each and their helpers' time from 0.75 to
  // 0.45 s, and the run went from 177-180k to 197k words/s; with one worker (a core to spare) it
  // was the same, 120-127k against 124-125k.
  '--no-parallel-scavenge',
];

/** The number of workers when none is asked for: NEWSGRAPH_WORKERS (0: none), else every core. */
export function defaultWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const n = env.NEWSGRAPH_WORKERS?.trim() ? Number(env.NEWSGRAPH_WORKERS) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : availableParallelism();
}

/**
 * No workers: the extractor runs in this thread, one article at a time (least start-up, for small
 * inputs and tests; its heap is not capped). One or more: a tinypool of that many worker threads,
 * each with its own extractor (wink-nlp wants one instance per thread) and a capped heap, each
 * taking articles in batches (see article-batcher.ts) and also writing the records in the output
 * format; this thread never loads the extractor and only reads, orders and writes.
 */
export async function createExtractPool(workers: number, options: ExtractorOptions, format: OutputFormat): Promise<ExtractPool> {
  if (workers < 1) {
    const { createExtractor } = await import('@newsgraph/extractor');
    const extractor = createExtractor(options);
    return { workers: 0, capacity: 1, process: (article) => processArticle(extractor, article, format), close: async () => {} };
  }
  for (const flag of WORKER_POOL_V8_FLAGS) setFlagsFromString(flag);
  // Plain JavaScript beside src/ and dist/, so the same path works from both.
  const filename = new URL('../worker/extract-worker.mjs', import.meta.url).href;
  const pool = new Tinypool({
    filename,
    minThreads: workers,
    maxThreads: workers,
    isolateWorkers: false,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    maxMemoryLimitBeforeRecycle: workerRecycleMb() * 1024 * 1024,
  });
  const batcher = new ArticleBatcher<Article, Processed>((articles) => pool.run({ articles, options, format }) as Promise<Processed[]>, BATCH_LIMITS, workers);
  return {
    workers,
    // Two batches a worker: one running, one waiting.
    capacity: workers * BATCH_LIMITS.articles * 2,
    process: (article) => batcher.add(article),
    close: () => pool.destroy(),
  };
}
