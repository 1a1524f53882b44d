import { addCounts, type Counts, zero } from '../../../../scripts/eval/metrics.js';
import type { TaggedSpan } from '../../src/ner/labels.js';

/**
 * The standard CoNLL score: a name counts when its span and type are exactly those of a gold name.
 * Only `types` are scored (PER, LOC, ORG: MISC is ignored, as newsgraph's records have no MISC).
 * Precision, recall and F1 come from scripts/eval/metrics.ts (`prf`).
 */
export function scoreSpans(gold: readonly TaggedSpan[][], pred: readonly TaggedSpan[][], types: readonly string[]): Map<string, Counts> {
  const counts = new Map(types.map((t) => [t, zero()]));
  gold.forEach((g, s) => {
    const key = (x: TaggedSpan) => `${x.start}:${x.end}:${x.type}`;
    const gs = new Set(g.filter((x) => counts.has(x.type)).map(key));
    const ps = new Set((pred[s] ?? []).filter((x) => counts.has(x.type)).map(key));
    for (const k of ps) counts.get(k.split(':')[2]!)![gs.has(k) ? 'tp' : 'fp']++;
    for (const k of gs) if (!ps.has(k)) counts.get(k.split(':')[2]!)!.fn++;
  });
  return counts;
}

/** Micro-averaged counts over the types. */
export const micro = (counts: Map<string, Counts>): Counts => [...counts.values()].reduce(addCounts, zero());
