export { createTagger, NER_MODEL_FILE, type NerTagger } from './tagger.js';
export { shippedTagger } from './shipped.js';
export { NerModel, type NerWeights } from './model.js';
export { decodeModel, encodeModel } from './model-io.js';
export { LABELS, NER_TYPES, spansFromBio, spansOf, labelsOf, type NerType, type TaggedSpan } from './labels.js';
export { sentenceFeatures, type ClusterLookup, type SentenceFeatures } from './features.js';
export { docContext, type DocContext } from './doc-context.js';
