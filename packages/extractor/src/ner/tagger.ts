import { docContext } from './doc-context.js';
import { type ClusterLookup, plainTokens, sentenceFeatures } from './features.js';
import { spansOf, type TaggedSpan } from './labels.js';
import type { NerModel } from './model.js';
import { WordFeatures } from './word-features.js';

/** The model's file in resources/. */
export const NER_MODEL_FILE = 'ner-model.bin';

/** Tags the names in the sentences of one article: tokens in, token spans out, per sentence. */
export interface NerTagger {
  tag(sentences: readonly (readonly string[])[]): TaggedSpan[][];
}

export function createTagger(model: NerModel, clusters?: ClusterLookup): NerTagger {
  if (model.data.clusters && !clusters) throw new Error('this NER model needs word clusters');
  const words = new WordFeatures(model.data.clusters ? clusters : undefined);
  return {
    tag(sentences) {
      const doc = docContext(sentences);
      return sentences.map((s) => {
        const { labels, margins } = model.decodeWithMargins(sentenceFeatures(s, doc, words, plainTokens));
        return spansOf(labels, margins);
      });
    },
  };
}
