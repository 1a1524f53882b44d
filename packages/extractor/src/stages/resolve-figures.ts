import { attachSources } from '../figures/attach-sources.js';
import { mergeRepeats } from '../figures/merge-repeats.js';
import { linkSubsets } from '../figures/subsets.js';
import type { Stage } from './stage.js';

/**
 * Sources (the nearest reporting clause, linked to an entity when one is named there), parts
 * linked to their totals (partOf), and repeats merged: one figure per reported number.
 */
export const resolveFigures: Stage = {
  name: 'resolve-figures',
  run(doc) {
    attachSources(doc);
    linkSubsets(doc);
    mergeRepeats(doc);
  },
};
