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
  offsets: Uint32Array;
  feats: Uint32Array;
}

const NONE = [hashString('<none>')];
const START = hashString('<s>');
const END = hashString('</s>');

/** Computes the features of a sentence; `doc` says what the rest of its article shows. */
export function sentenceFeatures(words: readonly string[], doc: DocContext, wordFeatures: WordFeatures): SentenceFeatures {
  const n = words.length;
  const info: WordInfo[] = words.map((w) => wordFeatures.get(w));
  const phrases = phraseTags(words);
  const gaz = info.map((t, i) => (phrases[i]!.length ? [...t.tags, ...phrases[i]!.map((p) => hashString(p))] : t.tags));
  const shouted = isShouted(words);
  const out: number[] = [];
  const offsets = new Uint32Array(n + 1);
  const lowerAt = (i: number) => (i < 0 ? START : i >= n ? END : info[i]!.lowerHash);
  const shortAt = (i: number) => (i < 0 ? START : i >= n ? END : info[i]!.shortHash);
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    for (let k = t.tags.length; k < gaz[i]!.length; k++) out.push(feature1(T.Gaz, gaz[i]![k]!));
    const lp = lowerAt(i - 1);
    const ln = lowerAt(i + 1);
    const sp = shortAt(i - 1);
    const sn = shortAt(i + 1);
    out.push(
      feature1(T.LowerPrev, lp),
      feature1(T.LowerNext, ln),
      feature1(T.LowerPrev2, lowerAt(i - 2)),
      feature1(T.LowerNext2, lowerAt(i + 2)),
      feature1(T.ShortPrev, sp),
      feature1(T.ShortNext, sn),
      feature2(T.PrevLower_Lower, lp, t.lowerHash),
      feature2(T.Lower_NextLower, t.lowerHash, ln),
      feature2(T.ShortPrev_Short, sp, t.shortHash),
      feature2(T.Short_ShortNext, t.shortHash, sn),
      feature3(T.ShortPrev_Short_ShortNext, sp, t.shortHash, sn),
      feature2(T.PrevLower_Short, lp, t.shortHash),
      feature2(T.Short_NextLower, t.shortHash, ln),
    );
    if (i === 0) out.push(feature1(T.First_Short, t.shortHash));
    if (shouted) out.push(feature1(T.Shouted_Lower, t.lowerHash), feature1(T.Shouted_Short, t.shortHash));
    const prev = i > 0 ? gaz[i - 1]! : NONE;
    const next = i + 1 < n ? gaz[i + 1]! : NONE;
    for (const g of prev) out.push(feature1(T.GazPrev, g));
    for (const g of next) out.push(feature1(T.GazNext, g));
    for (const a of prev) for (const b of gaz[i]!) out.push(feature2(T.GazPrev_Gaz, a, b));
    for (const a of gaz[i]!) for (const b of next) out.push(feature2(T.Gaz_GazNext, a, b));
    if (t.capitalised || shouted) {
      out.push(feature2(T.DocLower_Short, doc.lowerSeen.has(t.lower) ? 1 : 0, t.shortHash));
      out.push(feature2(T.DocCapMid_Short, doc.capitalisedMid.has(t.lower) ? 1 : 0, t.shortHash));
    }
    if (i > 0) info[i - 1]!.clusters?.forEach((c, k) => k < 2 && out.push(feature2(T.ClusterPrev, k, c)));
    if (i + 1 < n) info[i + 1]!.clusters?.forEach((c, k) => k < 2 && out.push(feature2(T.ClusterNext, k, c)));
    offsets[i + 1] = out.length;
  }
  return { words: info, offsets, feats: Uint32Array.from(out) };
}
