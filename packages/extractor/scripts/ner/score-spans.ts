import type { TaggedSpan } from '../../src/ner/labels.js';

export interface TypeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The standard CoNLL score: a name counts when its span and type are exactly those of a gold name.
 * Only `types` are scored (PER, LOC, ORG: MISC is ignored, as newsgraph's records have no MISC).
 */
export function scoreSpans(gold: readonly TaggedSpan[][], pred: readonly TaggedSpan[][], types: readonly string[]): Map<string, TypeCounts> {
  const counts = new Map(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  gold.forEach((g, s) => {
    const key = (x: TaggedSpan) => `${x.start}:${x.end}:${x.type}`;
    const gs = new Set(g.filter((x) => counts.has(x.type)).map(key));
    const ps = new Set((pred[s] ?? []).filter((x) => counts.has(x.type)).map(key));
    for (const k of ps) counts.get(k.split(':')[2]!)![gs.has(k) ? 'tp' : 'fp']++;
    for (const k of gs) if (!ps.has(k)) counts.get(k.split(':')[2]!)!.fn++;
  });
  return counts;
}

export function f1(c: TypeCounts): { p: number; r: number; f: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Micro-averaged counts over the types. */
export function micro(counts: Map<string, TypeCounts>): TypeCounts {
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return all;
}
