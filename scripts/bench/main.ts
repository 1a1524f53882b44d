/**
 * `pnpm bench`: speed of the extractor on one core, measured, never assumed. Reports words/s of
 * each stage and of the whole pipeline (extract with record building and validation), tokens/s
 * of the NER tagger alone, and compromise's own tagging speed on the same text as the baseline. Run on an idle machine;
 * `--seconds N` sets how long each measurement runs (default 5).
 */
import nlp from 'compromise';
import { createDoc, createExtractor, STAGES } from '../../packages/extractor/src/index.js';
import { shippedTagger } from '../../packages/extractor/src/ner/shipped.js';
import { resolveOptions } from '../../packages/extractor/src/options.js';
import { benchArticles, countWords } from './corpus.js';
import { taggerCorpus } from './tagger-corpus.js';

const arg = process.argv.indexOf('--seconds');
const SECONDS = arg > 0 ? Number(process.argv[arg + 1]) : 5;

const { articles, sources } = benchArticles();
const words = articles.map((a) => countWords(a.text));
const totalWords = words.reduce((a, b) => a + b, 0);

/**
 * Runs `fn` over items 0 .. sizes.length - 1, round after round, for about SECONDS after a warm-up;
 * returns units/s, item i being sizes[i] units (the articles' words by default).
 */
function measure(fn: (i: number) => void, sizes: readonly number[] = words): number {
  for (let i = 0; i < Math.min(sizes.length, 20); i++) fn(i); // warm-up
  let done = 0;
  const t0 = performance.now();
  let i = 0;
  while (performance.now() - t0 < SECONDS * 1000) {
    fn(i);
    done += sizes[i]!;
    i = (i + 1) % sizes.length;
  }
  return done / ((performance.now() - t0) / 1000);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);
const out: string[] = [];
out.push(`newsgraph bench — node ${process.version}, one core, ${SECONDS} s a measurement`);
out.push(`text: ${sources.join(' + ')}; ${articles.length} articles, ${totalWords.toLocaleString('en-US')} words`);
out.push('');

const extractor = createExtractor();
const whole = measure((i) => extractor.extract(articles[i]!));

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
out.push('');
out.push(`whole pipeline (extract)     ${fmt(whole)} words/s`);
out.push(`NER tagger (alone)           ${fmt(taggerSpeed)} tokens/s   on ${tagged.source}`);
out.push(`compromise tagging (baseline)${fmt(compromise)} words/s   pipeline / compromise = ${(whole / compromise).toFixed(2)}×`);
out.push(`peak RSS                     ${fmt(process.resourceUsage().maxRSS / 1024)} MB`);
process.stdout.write(out.join('\n') + '\n');
