import { docContext } from './doc-context.js';
import { type ClusterLookup, plainTokens, sentenceFeatures } from './features.js';
import { spansOf, type TaggedSpan } from './labels.js';
import type { Calibration, NerModel } from './model.js';
import { WordFeatures } from './word-features.js';

/** The model's file in resources/. */
export const NER_MODEL_FILE = 'ner-model.bin';

/** Tags the names in the sentences of one article: tokens in, token spans out, per sentence. */
export interface NerTagger {
  tag(sentences: readonly (readonly string[])[]): TaggedSpan[][];
}

/** For a model without its own calibration: the fit of an earlier model on CoNLL dev. */
const DEFAULT_CALIBRATION: Calibration = { slope: 0.07, intercept: 2.45 };

export const confidenceOf = (margin: number, c: Calibration): number => 1 / (1 + Math.exp(-(c.slope * margin + c.intercept)));

export function createTagger(model: NerModel, clusters?: ClusterLookup): NerTagger {
  if (model.data.clusters && !clusters) throw new Error('this NER model needs word clusters');
  const words = new WordFeatures(model.data.clusters ? clusters : undefined);
  const calibration = model.data.calibration ?? DEFAULT_CALIBRATION;
  return {
    tag(sentences) {
      const infos = sentences.map((s) => s.map((w) => words.get(w)));
      const doc = docContext(sentences, infos);
      return sentences.map((s, k) => {
        const { labels, margins } = model.decodeWithMargins(sentenceFeatures(s, doc, words, plainTokens, infos[k], true));
        const spans = spansOf(labels, margins);
        for (const span of spans) span.confidence = confidenceOf(span.margin!, calibration);
        return spans;
      });
    },
  };
}
