import type { ClusterLookup } from './features.js';
import { mayStartPhrases, type PhraseStarts, wordTags } from './gazetteer-tags.js';
import { feature1, feature2, feature3, hashString } from './hash.js';
import { wordCase, type WordCase } from './doc-context.js';
import { shortShape, wordShape } from './shape.js';
import { T } from './templates.js';

/** What the features need of one word type, computed once per process and word (words repeat). */
export interface WordInfo extends WordCase {
  /** Has a capital letter: may be, or stand next to, a name. */
  marked: boolean;
  lowerHash: number;
  shortHash: number;
  /** Hashes of its gazetteer word tags, also used by its neighbours. */
  tags: number[];
  clusters: readonly number[] | undefined;
  /** Its own features that depend on nothing else: word, shape, affixes, tags, clusters. */
  own: number[];
  /** Which known names may start at this word. */
  starts: PhraseStarts;
  /** The summed scores of `own` under the model `scoredBy`, filled in by that model. */
  scores?: Float32Array;
  scoredBy?: object;
}

/**
 * Word types kept per generation. The cache holds two generations: words are added to the young
 * one; when it is full it becomes the old one (the previous old one is dropped), and a word found
 * only in the old one moves back to the young. Frequent words so stay, and the cache never holds
 * more than 2 × GENERATION entries. An entry takes about 1.5 KB with the shipped model (its
 * WordInfo, own features, cluster ids and scores), so at most about 75 MB a worker; the single
 * 200,000-entry cache before it could outgrow a worker's 256 MB heap on a dump with a large
 * vocabulary. On CoNLL-2003 train and GMB read in order (1.25M tokens, 47,184 word types) it
 * misses 3.9% of tokens, against 3.8% for a cache that never forgets (each type's first sight);
 * generations of 12,000 would miss 5.8% and of 8,000 7.9%, so a smaller cache would buy a worker's
 * memory back with twice the word lookups (a worker that outgrows its heap is replaced instead: see
 * workerRecycleMb in the CLI).
 */
export const GENERATION = 25_000;

export class WordFeatures {
  private young = new Map<string, WordInfo>();
  private old = new Map<string, WordInfo>();
  /** `generation`: word types a generation holds (see GENERATION). */
  constructor(
    private readonly clusters: ClusterLookup | undefined,
    private readonly generation = GENERATION,
  ) {}

  get(w: string): WordInfo {
    let info = this.young.get(w);
    if (info === undefined) {
      info = this.old.get(w) ?? this.compute(w);
      if (this.young.size >= this.generation) {
        this.old = this.young;
        this.young = new Map();
      }
      this.young.set(w, info);
    }
    return info;
  }

  private compute(w: string): WordInfo {
    const wc = wordCase(w);
    const lower = wc.lower;
    const lowerHash = hashString(lower);
    const shortHash = hashString(shortShape(w));
    const tags = wordTags(w).map((t) => hashString(t));
    const clusters = this.clusters?.(w);
    const own = [feature1(T.Bias, 0), feature1(T.Word, hashString(w)), feature1(T.Lower, lowerHash), feature1(T.Shape, hashString(wordShape(w))), feature1(T.ShortShape, shortHash)];
    for (let k = 1; k <= 4 && k < lower.length; k++) {
      own.push(feature2(T.Prefix, k, hashString(lower.slice(0, k))), feature2(T.Suffix, k, hashString(lower.slice(-k))));
    }
    for (const g of tags) own.push(feature1(T.Gaz, g));
    clusters?.forEach((c, k) => own.push(feature2(T.Cluster, k, c), feature3(T.Cluster_Short, k, c, shortHash)));
    // Every field written out, in one order, scores included: V8 then gives all WordInfos one
    // hidden class. Built as `{ ...wc, … }` each had its own (3,249 classes for 3,249 words), so
    // every read of a WordInfo went the slow, megamorphic way: the tagger's document context took
    // 300 ns a token instead of 90, and one worker ran 12-17% slower (alternating runs, 20 MB).
    return {
      lower,
      cased: wc.cased,
      capitalised: wc.capitalised,
      allCaps: wc.allCaps,
      letter: wc.letter,
      marked: lower !== w,
      lowerHash,
      shortHash,
      tags,
      clusters,
      own,
      starts: mayStartPhrases(w),
      scores: undefined,
      scoredBy: undefined,
    };
  }
}
