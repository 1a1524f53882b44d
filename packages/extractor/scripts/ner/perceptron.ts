import { transitionIndex, TRANSITIONS, viterbi } from '../../src/ner/decode.js';
import type { SentenceFeatures } from '../../src/ner/features.js';
import { LABELS } from '../../src/ner/labels.js';
import type { NerWeights } from '../../src/ner/model.js';

const L = LABELS.length;

/** All features of token i: its word's own, then its context's. */
export function* featuresOf(f: SentenceFeatures, i: number): Generator<number> {
  yield* f.words[i]!.own;
  for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) yield f.feats[k]!;
}

export interface TrainingSentence {
  features: SentenceFeatures;
  gold: Uint8Array;
}

/**
 * A structured averaged perceptron (Collins 2002): decode each sentence with the current weights,
 * and where the best sequence differs from the gold one, move the weights toward the gold
 * features and away from the predicted ones. The averaged weights, not the last ones, are kept:
 * they generalise far better. Averaging is lazy: `acc` sums step × update, so that the average is
 * w − acc / steps at the end.
 */
export class Perceptron {
  private rows = new Map<number, number>();
  private keys: number[] = [];
  private w = new Float64Array(1 << 20);
  private acc = new Float64Array(1 << 20);
  private trans = new Float64Array(TRANSITIONS);
  private transAcc = new Float64Array(TRANSITIONS);
  private step = 1;

  private rowOf(key: number, create: boolean): number {
    let r = this.rows.get(key);
    if (r === undefined && create) {
      r = this.keys.length;
      this.rows.set(key, r);
      this.keys.push(key);
      if ((r + 1) * L > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.acc = grow(this.acc);
      }
    }
    return r ?? -1;
  }

  /** Makes rows for the features to learn (those seen often enough); others are ignored. */
  admit(key: number): void {
    this.rowOf(key, true);
  }

  private emissions(f: SentenceFeatures): Float64Array {
    const n = f.offsets.length - 1;
    const out = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (const key of featuresOf(f, i)) {
        const r = this.rowOf(key, false);
        if (r < 0) continue;
        for (let l = 0; l < L; l++) out[i * L + l]! += this.w[r * L + l]!;
      }
    }
    return out;
  }

  predict(f: SentenceFeatures): Uint8Array {
    return viterbi(this.emissions(f), f.offsets.length - 1, this.trans);
  }

  /** One training step on one sentence; returns the number of tokens it got wrong. */
  train(s: TrainingSentence): number {
    const pred = this.predict(s.features);
    const n = pred.length;
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      if (pred[i] !== s.gold[i]) {
        wrong++;
        for (const key of featuresOf(s.features, i)) {
          const r = this.rowOf(key, false);
          if (r < 0) continue;
          this.bump(this.w, this.acc, r * L + s.gold[i]!, 1);
          this.bump(this.w, this.acc, r * L + pred[i]!, -1);
        }
      }
    }
    if (wrong) {
      for (let i = 0; i <= n; i++) {
        const g = transitionIndex(i > 0 ? s.gold[i - 1]! : -1, i < n ? s.gold[i]! : -1);
        const p = transitionIndex(i > 0 ? pred[i - 1]! : -1, i < n ? pred[i]! : -1);
        if (g !== p) {
          this.bump(this.trans, this.transAcc, g, 1);
          this.bump(this.trans, this.transAcc, p, -1);
        }
      }
    }
    this.step++;
    return wrong;
  }

  private bump(w: Float64Array, acc: Float64Array, i: number, d: number): void {
    w[i]! += d;
    acc[i]! += this.step * d;
  }

  /** The averaged weights; rows whose weights all round to zero are left out. */
  averaged(): NerWeights & { rows: number } {
    const keep: number[] = [];
    const avg = (w: Float64Array, acc: Float64Array, i: number) => w[i]! - acc[i]! / this.step;
    for (let r = 0; r < this.keys.length; r++) {
      let max = 0;
      for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(avg(this.w, this.acc, r * L + l)));
      if (max > 1e-3) keep.push(r);
    }
    const keys = new Uint32Array(keep.length);
    const weights = new Float32Array(keep.length * L);
    keep.forEach((r, j) => {
      keys[j] = this.keys[r]!;
      for (let l = 0; l < L; l++) weights[j * L + l] = avg(this.w, this.acc, r * L + l);
    });
    const transitions = new Float32Array(TRANSITIONS);
    for (let t = 0; t < TRANSITIONS; t++) transitions[t] = avg(this.trans, this.transAcc, t);
    return { keys, weights, transitions, clusters: false, rows: this.keys.length };
  }
}
