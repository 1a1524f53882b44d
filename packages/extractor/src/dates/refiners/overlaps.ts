/** Overlapping hits: the longest wins (then the surer rule); a hit inside another is dropped. */
import type { Hit } from '../context.js';

export function resolveOverlaps(hits: readonly Hit[]): Hit[] {
  if (hits.length < 2) return [...hits];
  const byStrength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
  const kept: Hit[] = [];
  for (const h of byStrength) {
    if (kept.every((k) => h.end <= k.start || k.end <= h.start)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
