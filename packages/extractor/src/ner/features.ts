import type { DocContext } from './doc-context.js';
import { isShouted } from './doc-context.js';
import { phraseTags } from './gazetteer-tags.js';
import { feature1, feature2, feature3, hashString } from './hash.js';
import { T } from './templates.js';
import type { WordFeatures, WordInfo } from './word-features.js';

/** Cluster ids of a word at several granularities (see word-clusters.ts), or undefined. */
export type ClusterLookup = (word: string) => readonly number[] | undefined;

/**
 * The features of every token of a sentence: its word's own features (words[i].own: word, shape,
 * affixes, which depend on nothing else and so are scored once per word type) and the features of
 * its context, feats[offsets[i] .. offsets[i + 1]).
 */
export interface SentenceFeatures {
  words: readonly WordInfo[];
  /** Tokens read as O without scoring (see plainTokens). */
  skipped?: Uint8Array;
  offsets: Uint32Array;
  feats: Uint32Array;
}

const NONE = [hashString('<none>')];
const START = hashString('<s>');
const END = hashString('</s>');

const phraseHashes = new Map<string, number>();
const phraseHash = (p: string) => {
  let h = phraseHashes.get(p);
  if (h === undefined) phraseHashes.set(p, (h = hashString(p)));
  return h;
};

/** A growable buffer of features, reused from sentence to sentence. */
let buffer = new Uint32Array(4096);

/**
 * Tokens that cannot be part of a name as CoNLL-2003 writes names: no capital letter in them or
 * in the tokens on either side ("the", "said", "in the", ",", "12"). Most tokens of running text
 * are such; the tagger reads them as O without scoring them. (A lower-case word inside a name,
 * "Bank of England", "Organisation for Security and Cooperation", always has a capitalised
 * neighbour. Counting digits as marks too changed no name on CoNLL dev and scored a third more
 * tokens in number-heavy text.)
 */
export function plainTokens(info: readonly WordInfo[]): Uint8Array {
  const n = info.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = !info[i]!.marked && !(i > 0 && info[i - 1]!.marked) && !(i + 1 < n && info[i + 1]!.marked) ? 1 : 0;
  return out;
}

/** Offsets of a transient SentenceFeatures, reused like `buffer`. */
let offsetBuffer = new Uint32Array(256);

/**
 * Computes the features of a sentence; `doc` says what the rest of its article shows. Tokens
 * marked in `skip` get none (see plainTokens). `infos`: the words' WordInfo, when already looked up.
 * `transient`: the result's offsets and features are views of buffers that the next call
 * overwrites (for a tagger that scores each sentence at once; training keeps copies).
 */
export function sentenceFeatures(
  words: readonly string[],
  doc: DocContext,
  wordFeatures: WordFeatures,
  skip?: (info: readonly WordInfo[]) => Uint8Array,
  infos?: readonly WordInfo[],
  transient = false,
): SentenceFeatures {
  const n = words.length;
  const info: readonly WordInfo[] = infos ?? words.map((w) => wordFeatures.get(w));
  const skipped = skip?.(info);
  const phrases = phraseTags(words, (i) => info[i]!.starts);
  const gaz: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = phrases[i];
    gaz[i] = p ? [...info[i]!.tags, ...p.map(phraseHash)] : info[i]!.tags;
  }
  const shouted = doc.shouted.get(words) ?? isShouted(words, info);
  if (transient && offsetBuffer.length < n + 1) offsetBuffer = new Uint32Array(2 * (n + 1));
  const offsets = transient ? offsetBuffer.subarray(0, n + 1) : new Uint32Array(n + 1);
  offsets[0] = 0;
  let len = 0;
  const push = (f: number) => {
    if (len === buffer.length) {
      const grown = new Uint32Array(buffer.length * 2);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[len++] = f;
  };
  const lowerAt = (i: number) => (i < 0 ? START : i >= n ? END : info[i]!.lowerHash);
  const shortAt = (i: number) => (i < 0 ? START : i >= n ? END : info[i]!.shortHash);
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    if (skipped?.[i]) {
      offsets[i + 1] = len;
      continue;
    }
    for (let k = t.tags.length; k < gaz[i]!.length; k++) push(feature1(T.Gaz, gaz[i]![k]!));
    const lp = lowerAt(i - 1);
    const ln = lowerAt(i + 1);
    const sp = shortAt(i - 1);
    const sn = shortAt(i + 1);
    push(feature1(T.LowerPrev, lp));
    push(feature1(T.LowerNext, ln));
    push(feature2(T.PrevLower_Lower, lp, t.lowerHash));
    push(feature2(T.Lower_NextLower, t.lowerHash, ln));
    push(feature2(T.ShortPrev_Short, sp, t.shortHash));
    push(feature2(T.Short_ShortNext, t.shortHash, sn));
    push(feature3(T.ShortPrev_Short_ShortNext, sp, t.shortHash, sn));
    push(feature2(T.PrevLower_Short, lp, t.shortHash));
    push(feature2(T.Short_NextLower, t.shortHash, ln));
    if (i === 0) push(feature1(T.First_Short, t.shortHash));
    if (shouted) {
      push(feature1(T.Shouted_Lower, t.lowerHash));
      push(feature1(T.Shouted_Short, t.shortHash));
    }
    const prev = i > 0 ? gaz[i - 1]! : NONE;
    const next = i + 1 < n ? gaz[i + 1]! : NONE;
    for (const g of prev) push(feature1(T.GazPrev, g));
    for (const g of next) push(feature1(T.GazNext, g));
    if (t.capitalised || shouted) {
      push(feature2(T.DocLower_Short, doc.lowerSeen.has(t.lower) ? 1 : 0, t.shortHash));
      push(feature2(T.DocCapMid_Short, doc.capitalisedMid.has(t.lower) ? 1 : 0, t.shortHash));
    }
    const cp = i > 0 ? info[i - 1]!.clusters : undefined;
    const cn = i + 1 < n ? info[i + 1]!.clusters : undefined;
    if (cp) for (let k = 0; k < 2 && k < cp.length; k++) push(feature2(T.ClusterPrev, k, cp[k]!));
    if (cn) for (let k = 0; k < 2 && k < cn.length; k++) push(feature2(T.ClusterNext, k, cn[k]!));
    offsets[i + 1] = len;
  }
  return { words: info, offsets, feats: transient ? buffer.subarray(0, len) : buffer.slice(0, len), ...(skipped ? { skipped } : {}) };
}
