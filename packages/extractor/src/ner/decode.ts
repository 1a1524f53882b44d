import { allowed, LABELS } from './labels.js';

const L = LABELS.length;
/** Transition index: (from + 1) * (L + 1) + (to + 1); -1 is the sentence boundary. */
export const transitionIndex = (from: number, to: number): number => (from + 1) * (L + 1) + (to + 1);
export const TRANSITIONS = (L + 1) * (L + 1);

const ALLOWED = new Uint8Array(TRANSITIONS);
for (let a = -1; a < L; a++) for (let b = -1; b < L; b++) ALLOWED[transitionIndex(a, b)] = allowed(a, b) ? 1 : 0;
/** For each label, the labels that may come before it: most pairs are not allowed, so only these are tried. */
const PREDECESSORS: readonly Int32Array[] = Array.from({ length: L }, (_, b) => Int32Array.from([...Array(L).keys()].filter((a) => allowed(a, b))));

/**
 * Viterbi's score and back-pointer tables, kept from call to call and grown for a longer sentence:
 * a sentence's tables are dead once its labels are read, and allocating them anew (typed arrays
 * held outside V8's heap) for each of the many sentences of a batch costs the allocator and the GC.
 */
let scoreTable = new Float64Array(0);
let backTable = new Int8Array(0);

/**
 * Viterbi: the best label sequence under emission scores (n × L, row-major) and transition scores,
 * among sequences whose names open and close properly (BILOU). Tokens marked in `outsideOnly`
 * are O (label 0).
 */
export function viterbi(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>, outsideOnly?: Uint8Array): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scoreTable.length < n * L) {
    scoreTable = new Float64Array(2 * n * L);
    backTable = new Int8Array(2 * n * L);
  }
  const score = scoreTable;
  const back = backTable;
  for (let b = 0; b < L; b++) {
    const t = transitionIndex(-1, b);
    score[b] = ALLOWED[t] && (b === 0 || !outsideOnly?.[0]) ? emissions[b]! + transitions[t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    // A token known to be outside every name: only O is worth scoring.
    const labels = outsideOnly?.[i] ? 1 : L;
    for (let b = labels; b < L; b++) {
      score[i * L + b] = -Infinity;
      back[i * L + b] = 0;
    }
    for (let b = 0; b < labels; b++) {
      let best = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[b]!;
      for (let k = 0; k < preds.length; k++) {
        const a = preds[k]!;
        const s = score[(i - 1) * L + a]! + transitions[(a + 1) * (L + 1) + b + 1]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i * L + b] = best + emissions[i * L + b]!;
      back[i * L + b] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let a = 0; a < L; a++) {
    const t = transitionIndex(a, -1);
    if (!ALLOWED[t]) continue;
    const s = score[(n - 1) * L + a]! + transitions[t]!;
    if (s > best) {
      best = s;
      arg = a;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}
