import { bySpan } from '../doc/span.js';
import { buildEntity } from '../entities/build-entity.js';
import { cluster } from '../entities/coreference.js';
import { propagate } from '../entities/propagate.js';
import type { Stage } from './stage.js';

/** Below this, an entity is a guess nothing else in the article supports (a lone unknown word). */
const MIN_CONFIDENCE = 0.45;

/**
 * Merges mentions into the article's entities (surname → full name, acronym → expansion), finds the
 * established names again in headlines and wherever rules missed them, and drops unsupported guesses.
 */
export const resolveCoreference: Stage = {
  name: 'resolve-coreference',
  run(doc) {
    const kept = doc.mentions.filter((m) => !m.dropped).sort(bySpan);
    const clusters = cluster(doc, kept);
    propagate(doc, clusters);
    for (const cl of clusters) {
      const best = Math.max(...cl.mentions.map((m) => m.confidence));
      if (best < MIN_CONFIDENCE) {
        for (const m of cl.mentions) m.dropped = 'unsupported';
        continue;
      }
      doc.entities.push(buildEntity(doc, cl));
    }
  },
};
