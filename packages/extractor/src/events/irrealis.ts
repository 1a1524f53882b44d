import type { Doc } from '../doc/doc.js';
import { lexiconSet } from '../resources.js';

/** Words that may stand between a modal or "to" and its verb ("would have shown", "to quickly deploy"). */
const SKIPPABLE = new Set(['have', 'has', 'be', 'been', 'being', 'also', 'still', 'then', 'now', 'even', 'further', 'again']);

/**
 * Is the trigger at token i only wanted, denied, planned or possible rather than reported as having
 * happened? A modal or negation just before it ("would", "could", "will", "not", "never": the list
 * events/irrealis-cues), or an infinitive "to" ("sent troops to fight", "the decision to deploy").
 */
export function isIrrealis(doc: Doc, i: number, sentenceStart: number): boolean {
  const cues = lexiconSet('events/irrealis-cues');
  for (let k = i - 1, steps = 0; k >= sentenceStart && steps < 4; k--, steps++) {
    const t = doc.tokens[k]!;
    if (cues.has(t.lower)) return true;
    if (t.lower === 'to' && (doc.tokens[i]!.pos === 'VERB' || doc.tokens[i]!.pos === 'AUX')) return true;
    if (!SKIPPABLE.has(t.lower) && t.pos !== 'ADV') return false;
  }
  return false;
}
