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

const MAX_CACHE = 200_000;

export class WordFeatures {
  private readonly cache = new Map<string, WordInfo>();
  constructor(private readonly clusters: ClusterLookup | undefined) {}

  get(w: string): WordInfo {
    let info = this.cache.get(w);
    if (info === undefined) {
      info = this.compute(w);
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      this.cache.set(w, info);
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
    return { ...wc, marked: lower !== w, lowerHash, shortHash, tags, clusters, own, starts: mayStartPhrases(w) };
  }
}
