import { readFileSync } from 'node:fs';
import { RESOURCES_DIR } from '../resources.js';
import { NerModel } from './model.js';
import { decodeModel } from './model-io.js';
import { createTagger, NER_MODEL_FILE, type NerTagger } from './tagger.js';
import { wordClusters } from './word-clusters.js';

let shipped: NerTagger | undefined;

/** The tagger trained by `pnpm train:ner` and shipped in resources/, loaded once per process. */
export function shippedTagger(): NerTagger {
  shipped ??= createTagger(new NerModel(decodeModel(readFileSync(new URL(NER_MODEL_FILE, RESOURCES_DIR)))), wordClusters);
  return shipped;
}
