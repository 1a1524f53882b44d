/** True positives, false positives and false negatives of one field. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with precision, recall and F1; the three are null when there was nothing to score. */
export interface Prf extends Counts {
  p: number | null;
  r: number | null;
  f1: number | null;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Micro-averaged scores: counts summed first, then P, R, F1 (0 when a denominator is 0). */
export function prf(c: Counts): Prf {
  if (c.tp + c.fp + c.fn === 0) return { ...c, p: null, r: null, f1: null };
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { ...c, p, r, f1 };
}

/** How many of some items were right. */
export interface Accuracy {
  right: number;
  total: number;
  /** right / total, null when total is 0. */
  accuracy: number | null;
}

export function accuracy(right: number, total: number): Accuracy {
  return { right, total, accuracy: total > 0 ? right / total : null };
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return accuracy(a.right + b.right, a.total + b.total);
}
