/**
 * `pnpm bench`: speed of the extractor on one core, measured, never assumed. Reports words/s of
 * each stage (and of the dates and the figures-and-events stages together) and of the whole pipeline (extract with record building and validation), tokens/s
 * of the NER tagger alone, and compromise's own tagging speed on the same text as the baseline,
 * the whole pipeline both article by article and in batches (as the CLI's workers run them),
 * each after a warm-up as long as the measurement; and the whole pipeline's first pass over the
 * text. Then the batch part (scripts/bench/batch.ts): the CLI over a 50 MB dump with one worker and
 * with two, and the most two workers can gain given the CPU one uses. Run on an idle machine
 * after a build; `--seconds N` sets how long each measurement runs (default 5),
 * `--batch-mb N` the dump's size, `--no-batch` skips the batch part, `--only-batch` runs it alone
 * and `--batch-workers 2` (or `1,2,4`) sets its worker counts (default 1,2).
 */
import nlp from 'compromise';
import { createDoc, createExtractor, STAGES } from '../../packages/extractor/src/index.js';
import { shippedTagger } from '../../packages/extractor/src/ner/shipped.js';
import { resolveOptions } from '../../packages/extractor/src/options.js';
import { isFull, overflows } from '../../packages/cli/src/article-batcher.js';
import { benchArticles, countWords } from './corpus.js';
import { taggerCorpus } from './tagger-corpus.js';

const arg = process.argv.indexOf('--seconds');
const SECONDS = arg > 0 ? Number(process.argv[arg + 1]) : 5;
/** Size of the batch part's dump in MB (`--batch-mb N`); `--no-batch` skips that part. */
const mbArg = process.argv.indexOf('--batch-mb');
const BATCH_MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50;
const BATCH = !process.argv.includes('--no-batch');
/** `--only-batch`: the batch part alone; `--batch-workers 2` (or `1,2,4`): which worker counts it runs. */
const ONLY_BATCH = process.argv.includes('--only-batch');
const workersArg = process.argv.indexOf('--batch-workers');
const BATCH_WORKERS = workersArg > 0 ? process.argv[workersArg + 1]!.split(',').map(Number) : [1, 2];

const { articles, sources } = benchArticles();
const words = articles.map((a) => countWords(a.text));
const totalWords = words.reduce((a, b) => a + b, 0);

/** Runs `fn` over items 0 .. sizes.length - 1, round after round, for about `seconds`; returns units/s. */
function run(fn: (i: number) => void, sizes: readonly number[], seconds: number): number {
  let done = 0;
  const t0 = performance.now();
  let i = 0;
  while (performance.now() - t0 < seconds * 1000) {
    fn(i);
    done += sizes[i]!;
    i = (i + 1) % sizes.length;
  }
  return done / ((performance.now() - t0) / 1000);
}

/**
 * Steady-state speed, as a batch job over a dump sees it: SECONDS of warm-up (V8 compiles the hot
 * code in tiers, over several seconds), then SECONDS measured; units/s, item i being sizes[i]
 * units (the articles' words by default). The warm-up runs over the same text, so word-level
 * caches hold its words: the first-pass line below shows the cost of text never seen.
 */
function measure(fn: (i: number) => void, sizes: readonly number[] = words): number {
  run(fn, sizes, SECONDS);
  return run(fn, sizes, SECONDS);
}

/** One pass over all items, after a warm-up on the first 20 only: new words, code not yet fully compiled. */
function firstPass(fn: (i: number) => void, sizes: readonly number[] = words): number {
  for (let i = 0; i < Math.min(sizes.length, 20); i++) fn(i);
  let done = 0;
  const t0 = performance.now();
  for (let i = 20; i < sizes.length; i++) {
    fn(i);
    done += sizes[i]!;
  }
  return done / ((performance.now() - t0) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
const out: string[] = [];
out.push(`newsgraph bench — node ${process.version}, one core, ${SECONDS} s a measurement`);
out.push(`text: ${sources.join(' + ')}; ${articles.length} articles, ${totalWords.toLocaleString('en-US')} words`);
out.push('');

if (ONLY_BATCH) {
  const { batchBench } = await import('./batch.js');
  process.stdout.write((await batchBench(articles, BATCH_MB, BATCH_WORKERS, SECONDS)).join('\n') + '\n');
  process.exit(0);
}

const extractor = createExtractor();
const cold = firstPass((i) => extractor.extract(articles[i]!));
const whole = measure((i) => extractor.extract(articles[i]!));
// As the CLI's workers extract: batches within the CLI's limits, stage by stage (safeExtractBatch).
// This process keeps V8's defaults (the CLI turns pretenuring off, see extract-pool.ts), so that
// compromise, measured here too, runs as it would for its own users.
const batches: (typeof articles)[] = [];
let batch: typeof articles = [];
let chars = 0;
const close = () => {
  if (batch.length > 0) batches.push(batch);
  batch = [];
  chars = 0;
};
for (const a of articles) {
  // As the CLI's ArticleBatcher.add packs them (a batch goes as soon as it is full).
  if (overflows(chars, a.text.length)) close();
  batch.push(a);
  chars += a.text.length;
  if (isFull(batch.length, chars)) close();
}
close();
const meanBatch = articles.length / batches.length;
const batchWords = batches.map((b) => b.reduce((n, a) => n + countWords(a.text), 0));
const batched = measure((b) => extractor.safeExtractBatch(batches[b]!), batchWords);

// The tagger alone, a whole document per call as its document-level features expect; its input
// is tokenised beforehand, so that only tagging is timed.
const tagged = taggerCorpus(articles);
const tagger = shippedTagger();
const taggerSpeed = measure((i) => tagger.tag(tagged.docs[i]!), tagged.tokens);

// Per stage: run the pipeline article by article, timing each stage.
const options = resolveOptions({});
const time = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
let stageWords = 0;
const t0 = performance.now();
for (let i = 0; performance.now() - t0 < SECONDS * 1000; i = (i + 1) % articles.length) {
  const doc = createDoc(articles[i]!);
  for (const stage of STAGES) {
    const t = performance.now();
    stage.run(doc, options);
    time.set(stage.name, time.get(stage.name)! + performance.now() - t);
  }
  stageWords += words[i]!;
}

const compromise = measure((i) => {
  const d = nlp(articles[i]!.text);
  d.people();
  d.places();
  d.organizations();
});

out.push('stage                              words/s');
for (const [name, ms] of time) out.push(`  ${name.padEnd(26)} ${fmt(stageWords / (ms / 1000))}`);
// Stages that together make one capability, as the issues measure them.
const GROUPS: [string, string[]][] = [
  ['dates (detect + resolve)', ['detect-dates', 'resolve-dates']],
  ['figures + events', ['detect-figures', 'resolve-figures', 'detect-events', 'resolve-events']],
];
for (const [label, names] of GROUPS) {
  const ms = names.reduce((sum, n) => sum + (time.get(n) ?? 0), 0);
  out.push(`  = ${label.padEnd(24)} ${fmt(stageWords / (ms / 1000))}`);
}
out.push('');
out.push(`whole pipeline (extract)     ${fmt(whole)} words/s   steady state, after ${SECONDS} s of warm-up`);
out.push(`  first pass over the text   ${fmt(cold)} words/s   every word new, code still compiling`);
out.push(`${`  in batches (${meanBatch.toFixed(1)} articles)`.padEnd(29)}${fmt(batched)} words/s   safeExtractBatch, as the CLI's workers run it`);
out.push(`NER tagger (alone)           ${fmt(taggerSpeed)} tokens/s   on ${tagged.source}`);
out.push(`compromise tagging (baseline)${fmt(compromise)} words/s   pipeline / compromise = ${(whole / compromise).toFixed(2)}× one by one, ${(batched / compromise).toFixed(2)}× in batches`);
out.push(`peak RSS                     ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
process.stdout.write(out.join('\n') + '\n');
if (BATCH) {
  const { batchBench } = await import('./batch.js');
  process.stdout.write('\n' + (await batchBench(articles, BATCH_MB, BATCH_WORKERS, SECONDS)).join('\n') + '\n');
}
