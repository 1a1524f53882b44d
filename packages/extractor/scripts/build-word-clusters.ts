/**
 * `pnpm resources:clusters`: unsupervised word classes for the NER tagger (cf. Ratinov & Roth 2009).
 *
 * Reads raw text from the training corpora (CoNLL-2003 eng.train, GMB, TimeBank/AQUAINT, WikiEvents
 * dev; never eng.testa, the held-out dev set) and runs the exchange algorithm (Kneser & Ney 1993,
 * Martin et al. 1998 — Brown et al.'s class-bigram mutual information, optimised by moving one
 * word at a time) at several granularities. Writes resources/word-clusters.txt.gz: the vocabulary
 * and its class ids, no text. Deterministic: fixed initialisation and visiting order, no randomness.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { clusterKey, WORD_CLUSTERS_FILE } from '../src/ner/word-clusters.js';
import { corporaDir } from './corpora/paths.js';
import { readConll } from './corpora/read-conll.js';
import { readGmb } from './corpora/read-gmb.js';

/** Classes per granularity, coarse to fine. */
const GRANULARITIES = [64, 256, 1024];
/** Rarer words share one <unk> token: their contexts are too few to place them. */
const MIN_COUNT = 2;
/** Stop when fewer than this share of the words moved in a pass, the MI (bits) rose less than MIN_GAIN, or after MAX_PASSES. */
const MIN_MOVED = 0.002;
const MIN_GAIN = 0.0005;
const MAX_PASSES = 15;

const BOUNDARY = '<s>';
const UNKNOWN = '<unk>';

const log = (msg: string) => process.stderr.write(msg + '\n');

// ---------------------------------------------------------------------------------------------
// Corpus text

/** Every sentence of the corpora as raw tokens. */
function readSentences(dir: string): string[][] {
  const sources: [string, string[][]][] = [
    ['conll2003/eng.train', readConll(dir + 'conll2003/eng.train').map((s) => s.words)],
    ['gmb/ner_dataset.csv', readGmb(dir + 'gmb/ner_dataset.csv').map((s) => s.words)],
    ['timebank/*/*.tml', readTimeml(dir + 'timebank/')],
    ['wikievents/dev.jsonl', readWikiEvents(dir + 'wikievents/dev.jsonl')],
  ];
  for (const [name, sentences] of sources) log(`${name}: ${sentences.length} sentences, ${countTokens(sentences)} tokens`);
  return sources.flatMap(([, s]) => s);
}

const countTokens = (sentences: string[][]) => sentences.reduce((n, s) => n + s.length, 0);

/** The <TEXT> of every TimeBank and AQUAINT document, tags stripped, split into sentences. */
function readTimeml(dir: string): string[][] {
  const out: string[][] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    for (const file of readdirSync(dir + sub).filter((f) => f.endsWith('.tml')).sort()) {
      const xml = readFileSync(`${dir}${sub}/${file}`, 'utf8');
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
      out.push(...splitSentences(tokenize(decodeEntities(body.replace(/<[^>]*>/g, ' ')))));
    }
  }
  return out;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(\w+);/g, (m, name: string) => named[name] ?? m);
}

/**
 * Roughly the CoNLL tokenisation: words (with inner hyphens, dots and apostrophes), numbers,
 * clitics 's and n't split off, and every other symbol on its own.
 */
function tokenize(text: string): string[] {
  const TOKEN = /\p{L}+n(?=['’]t\b)|n['’]t\b|['’]s\b|[\p{L}\p{N}]+(?:[-.'’&,][\p{L}\p{N}]+)*|\S/gu;
  return text.match(TOKEN) ?? [];
}

/** Splits after . ! ? — good enough for bigram statistics. */
function splitSentences(tokens: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const t of tokens) {
    cur.push(t);
    if (t === '.' || t === '!' || t === '?') {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** WikiEvents documents come pre-split: sentences[i][0] lists [token, start, end]. */
function readWikiEvents(path: string): string[][] {
  const out: string[][] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { sentences: [[string, number, number][], string][] };
    for (const [tokens] of doc.sentences) out.push(tokens.map((t) => t[0]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary and bigram counts

interface Corpus {
  /** Word types, most frequent first (ties alphabetical), including <s> and <unk>. */
  words: string[];
  counts: Int32Array;
  /** For each word, its distinct right neighbours (other than itself) and bigram counts, CSR. */
  right: Adjacency;
  left: Adjacency;
  /** How often each word follows itself; kept apart because it lands on the class diagonal. */
  self: Int32Array;
  tokens: number;
}

interface Adjacency {
  start: Int32Array;
  word: Int32Array;
  count: Int32Array;
}

/** Normalised token stream with one boundary token between sentences (and at both ends). */
function normalise(sentences: string[][]): string[] {
  const out: string[] = [BOUNDARY];
  for (const s of sentences) {
    for (const w of s) out.push(clusterKey(w));
    out.push(BOUNDARY);
  }
  return out;
}

function buildCorpus(stream: string[]): Corpus {
  const freq = new Map<string, number>();
  for (const w of stream) freq.set(w, (freq.get(w) ?? 0) + 1);
  const keep = (w: string) => w === BOUNDARY || (freq.get(w) ?? 0) >= MIN_COUNT;
  let unknown = 0;
  for (const [w, n] of freq) if (!keep(w)) unknown += n;
  const words = [...freq.keys()].filter(keep);
  if (unknown) words.push(UNKNOWN);
  const count = (w: string) => (w === UNKNOWN ? unknown : freq.get(w)!);
  words.sort((a, b) => count(b) - count(a) || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(words.map((w, i) => [w, i]));
  const ids = Int32Array.from(stream, (w) => index.get(w) ?? index.get(UNKNOWN)!);
  const counts = Int32Array.from(words, count);
  return { words, counts, ...countBigrams(ids, words.length), tokens: stream.length };
}

/** Distinct bigrams by sorting packed (left, right) keys, then both adjacency lists. */
function countBigrams(ids: Int32Array, V: number): Pick<Corpus, 'right' | 'left' | 'self'> {
  const keys = new Float64Array(ids.length - 1);
  for (let i = 0; i + 1 < ids.length; i++) keys[i] = ids[i]! * V + ids[i + 1]!;
  keys.sort();
  const a: number[] = [];
  const b: number[] = [];
  const n: number[] = [];
  const self = new Int32Array(V);
  for (let i = 0; i < keys.length; ) {
    let j = i;
    while (j < keys.length && keys[j] === keys[i]) j++;
    const l = Math.floor(keys[i]! / V);
    const r = keys[i]! - l * V;
    if (l === r) self[l] = j - i;
    else a.push(l), b.push(r), n.push(j - i);
    i = j;
  }
  return { right: adjacency(V, a, b, n), left: adjacency(V, b, a, n), self };
}

/** Compressed rows: neighbours of `from[k]` are `to[k]` with count `n[k]`. */
function adjacency(V: number, from: number[], to: number[], n: number[]): Adjacency {
  const start = new Int32Array(V + 1);
  for (const f of from) start[f + 1]!++;
  for (let v = 0; v < V; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, V);
  const word = new Int32Array(from.length);
  const count = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) {
    const at = fill[from[k]!]!++;
    word[at] = to[k]!;
    count[at] = n[k]!;
  }
  return { start, word, count };
}

// ---------------------------------------------------------------------------------------------
// Exchange algorithm

/**
 * Class-bigram state. The objective (mutual information between adjacent classes, up to
 * constants) is Σ F(N(c,d)) − Σ F(N(c,·)) − Σ F(N(·,d)) with F(x) = x log x.
 */
class Exchange {
  readonly K: number;
  readonly cls: Int32Array;
  readonly size: Int32Array;
  /** N(c,d) row-major, and its transpose so that column walks are contiguous too. */
  private readonly M: Int32Array;
  private readonly MT: Int32Array;
  /** N(c,·): tokens of class c followed by anything; N(·,d) likewise. */
  private readonly rowSum: Int32Array;
  private readonly colSum: Int32Array;
  /** Per word: its count as the left / right member of a bigram. */
  private readonly asLeft: Int32Array;
  private readonly asRight: Int32Array;
  private readonly F: Float64Array;
  // Scratch for one word's neighbour classes.
  private readonly rDense: Int32Array;
  private readonly lDense: Int32Array;
  private readonly rList: Int32Array;
  private readonly lList: Int32Array;
  private nr = 0;
  private nl = 0;

  constructor(
    private readonly c: Corpus,
    K: number,
  ) {
    const V = c.words.length;
    this.K = K;
    this.M = new Int32Array(K * K);
    this.MT = new Int32Array(K * K);
    this.rowSum = new Int32Array(K);
    this.colSum = new Int32Array(K);
    this.size = new Int32Array(K);
    this.rDense = new Int32Array(K);
    this.lDense = new Int32Array(K);
    this.rList = new Int32Array(K);
    this.lList = new Int32Array(K);
    this.F = Float64Array.from({ length: c.tokens + 1 }, (_, x) => (x > 0 ? x * Math.log(x) : 0));
    this.asLeft = new Int32Array(V);
    this.asRight = new Int32Array(V);
    for (let v = 0; v < V; v++) {
      this.asLeft[v] = c.self[v]! + sum(c.right.count, c.right.start[v]!, c.right.start[v + 1]!);
      this.asRight[v] = c.self[v]! + sum(c.left.count, c.left.start[v]!, c.left.start[v + 1]!);
    }
    // Frequency rank modulo K: every class starts with one of the K most frequent words and a
    // spread of rarer ones, which converges faster than one huge catch-all class.
    this.cls = Int32Array.from({ length: V }, (_, v) => v % K);
    this.countClassBigrams();
  }

  /** Fills the class counts from the word bigrams (each counted once, from its left word). */
  private countClassBigrams(): void {
    const { K, cls, c } = this;
    for (let v = 0; v < cls.length; v++) {
      const a = cls[v]!;
      this.size[a]!++;
      this.rowSum[a]! += this.asLeft[v]!;
      this.colSum[a]! += this.asRight[v]!;
      this.M[a * K + a]! += c.self[v]!;
      for (let k = c.right.start[v]!; k < c.right.start[v + 1]!; k++) this.M[a * K + cls[c.right.word[k]!]!]! += c.right.count[k]!;
    }
    for (let a = 0; a < K; a++) for (let b = 0; b < K; b++) this.MT[b * K + a] = this.M[a * K + b]!;
  }

  objective(): number {
    const { F, K } = this;
    let s = 0;
    for (let i = 0; i < K * K; i++) s += F[this.M[i]!]!;
    for (let k = 0; k < K; k++) s -= F[this.rowSum[k]!]! + F[this.colSum[k]!]!;
    return s;
  }

  /** One pass over the vocabulary, most frequent first; returns how many words moved. */
  pass(): number {
    let moved = 0;
    for (let v = 0; v < this.cls.length; v++) {
      const from = this.cls[v]!;
      if (this.size[from] === 1) continue; // keep every class in use
      this.gatherNeighbours(v);
      this.place(v, from, -1);
      const to = this.bestClass(v, from);
      this.place(v, to, +1);
      this.clearNeighbours();
      if (to !== from) {
        this.cls[v] = to;
        this.size[from]!--;
        this.size[to]!++;
        moved++;
      }
    }
    return moved;
  }

  /** Classes of v's neighbours (v itself excluded) with summed bigram counts, into the scratch. */
  private gatherNeighbours(v: number): void {
    const { right, left } = this.c;
    for (let k = right.start[v]!; k < right.start[v + 1]!; k++) {
      const d = this.cls[right.word[k]!]!;
      if (this.rDense[d] === 0) this.rList[this.nr++] = d;
      this.rDense[d]! += right.count[k]!;
    }
    for (let k = left.start[v]!; k < left.start[v + 1]!; k++) {
      const d = this.cls[left.word[k]!]!;
      if (this.lDense[d] === 0) this.lList[this.nl++] = d;
      this.lDense[d]! += left.count[k]!;
    }
  }

  private clearNeighbours(): void {
    for (let i = 0; i < this.nr; i++) this.rDense[this.rList[i]!] = 0;
    for (let i = 0; i < this.nl; i++) this.lDense[this.lList[i]!] = 0;
    this.nr = this.nl = 0;
  }

  /** Adds (sign +1) or removes (−1) word v's bigrams to / from class b's counts. */
  private place(v: number, b: number, sign: number): void {
    const { K, M, MT } = this;
    for (let i = 0; i < this.nr; i++) {
      const d = this.rList[i]!;
      const n = sign * this.rDense[d]!;
      M[b * K + d]! += n;
      MT[d * K + b]! += n;
    }
    for (let i = 0; i < this.nl; i++) {
      const d = this.lList[i]!;
      const n = sign * this.lDense[d]!;
      M[d * K + b]! += n;
      MT[b * K + d]! += n;
    }
    M[b * K + b]! += sign * this.c.self[v]!;
    MT[b * K + b]! += sign * this.c.self[v]!;
    this.rowSum[b]! += sign * this.asLeft[v]!;
    this.colSum[b]! += sign * this.asRight[v]!;
  }

  /** The class whose objective gains most from taking v (v currently in no class); ties stay put. */
  private bestClass(v: number, from: number): number {
    let best = from;
    let bestGain = this.gain(v, from);
    for (let b = 0; b < this.K; b++) {
      if (b === from) continue;
      const g = this.gain(v, b);
      if (g > bestGain + 1e-9) (best = b), (bestGain = g);
    }
    return best;
  }

  /** Change in the objective if v joined class b. The (b,b) cell gets both sides and the self-loops. */
  private gain(v: number, b: number): number {
    const { F, K, M, MT, rList, lList, rDense, lDense } = this;
    const row = b * K;
    let g = 0;
    for (let i = 0; i < this.nr; i++) {
      const d = rList[i]!;
      if (d === b) continue;
      const m = M[row + d]!;
      g += F[m + rDense[d]!]! - F[m]!;
    }
    for (let i = 0; i < this.nl; i++) {
      const d = lList[i]!;
      if (d === b) continue;
      const m = MT[row + d]!;
      g += F[m + lDense[d]!]! - F[m]!;
    }
    const diag = M[row + b]!;
    g += F[diag + rDense[b]! + lDense[b]! + this.c.self[v]!]! - F[diag]!;
    const rs = this.rowSum[b]!;
    const cs = this.colSum[b]!;
    g -= F[rs + this.asLeft[v]!]! - F[rs]! + F[cs + this.asRight[v]!]! - F[cs]!;
    return g;
  }
}

function sum(a: Int32Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
}

/** Runs the exchange algorithm with K classes until it settles; returns each word's class. */
function cluster(c: Corpus, K: number): Int32Array {
  const t0 = Date.now();
  const ex = new Exchange(c, K);
  // Mutual information between adjacent classes, in bits, from the objective.
  const bigrams = c.tokens - 1;
  const mi = () => (ex.objective() / bigrams + Math.log(bigrams)) / Math.LN2;
  let last = mi();
  log(`K=${K}: initial MI ${last.toFixed(4)} bits`);
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const moved = ex.pass();
    const now = mi();
    log(`K=${K} pass ${pass}: moved ${moved}, MI ${now.toFixed(4)} bits, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (moved < MIN_MOVED * c.words.length || now - last < MIN_GAIN) break;
    last = now;
  }
  return renumber(ex.cls, K);
}

/** Numbers classes by their most frequent word, so ids do not depend on the initial spread. */
function renumber(cls: Int32Array, K: number): Int32Array {
  const id = new Int32Array(K).fill(-1);
  let next = 0;
  return cls.map((k) => (id[k] === -1 ? (id[k] = next++) : id[k]!));
}

// ---------------------------------------------------------------------------------------------
// Output

function render(c: Corpus, classes: Int32Array[]): string {
  const lines = [
    '# word clusters for the NER tagger: scripts/build-word-clusters.ts (exchange algorithm, class-bigram MI)',
    `# classes ${GRANULARITIES.join(' ')}`,
  ];
  const entries: [string, string][] = [];
  c.words.forEach((w, v) => {
    if (w !== BOUNDARY && w !== UNKNOWN) entries.push([w, classes.map((cl) => cl[v]).join(' ')]);
  });
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [w, ids] of entries) lines.push(`${w}\t${ids}`);
  return lines.join('\n') + '\n';
}

/** Sanity check for the log: the most frequent words sharing each probe's class, per granularity. */
function logProbes(c: Corpus, classes: Int32Array[]): void {
  const PROBES = ['germany', 'london', 'clinton', 'monday', 'minister', 'reuters', 'police', 'said', 'bank', 'january', 'killed', '0.0'];
  const index = new Map(c.words.map((w, i) => [w, i]));
  for (const probe of PROBES) {
    const v = index.get(probe);
    if (v === undefined) continue;
    const parts = classes.map((cl, g) => {
      const mates = c.words.filter((w, u) => u !== v && cl[u] === cl[v]); // words are frequency-sorted
      return `  K=${GRANULARITIES[g]} (${mates.length + 1} words): ${mates.slice(0, 12).join(' ')}`;
    });
    log(`${probe}:\n${parts.join('\n')}`);
  }
}

function main(): void {
  const t0 = Date.now();
  const corpus = buildCorpus(normalise(readSentences(corporaDir())));
  const bigrams = corpus.right.word.length;
  log(`${corpus.tokens} tokens, ${corpus.words.length} word types with count >= ${MIN_COUNT}, ${bigrams} distinct bigrams`);
  const classes = GRANULARITIES.map((K) => cluster(corpus, K));
  logProbes(corpus, classes);
  const text = render(corpus, classes);
  const gz = gzipSync(text, { level: 9 });
  writeFileSync(new URL(`../resources/${WORD_CLUSTERS_FILE}`, import.meta.url), gz);
  const words = text.split('\n').filter((l) => l && !l.startsWith('#')).length;
  log(`resources/${WORD_CLUSTERS_FILE}: ${words} words, ${gz.length} bytes, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
