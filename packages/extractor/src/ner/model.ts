import { TRANSITIONS, viterbi } from './decode.js';
import type { SentenceFeatures } from './features.js';
import { LABELS, NER_TYPES } from './labels.js';
import type { WordInfo } from './word-features.js';

const L = LABELS.length;
/** The score of a name label on a skipped token: far below anything a feature can add. */
const SKIPPED = -1e6;
/** Bytes a slot takes: a 32-bit key and L 16-bit weights, rounded up to a multiple of 4. */
const STRIDE = 4 * Math.ceil((4 + 2 * L) / 4);
const KEY_STRIDE = STRIDE / 4;
const WEIGHT_STRIDE = STRIDE / 2;
/** Emission scores and their integer sums, kept from sentence to sentence (see scratchEmissions). */
let emitted = new Float32Array(0);
let summed = new Int32Array(0);
/** The type of each label as a number (0 for O). */
const TYPE_OF = Int8Array.from(LABELS, (l) => (l === 'O' ? 0 : 1 + (NER_TYPES as readonly string[]).indexOf(l.slice(2))));

/** The learnt weights: one row of L label weights per known feature hash, and the label transitions. */
export interface NerWeights {
  /** Feature hashes, one per row. */
  keys: Uint32Array;
  /** keys.length × L weights, row-major. */
  weights: Float32Array;
  transitions: Float32Array;
  /** Whether the model was trained with word-cluster features. */
  clusters: boolean;
  /** How often a tagged name is right given its margin m: 1 / (1 + exp(-(slope * m + intercept))). */
  calibration?: Calibration;
}

export interface Calibration {
  slope: number;
  intercept: number;
}

/**
 * A trained tagger model. Scoring is memory-bound (a few dozen features a token, most of them
 * unknown to the model), so the lookup table keeps each key beside its row number, and weights are
 * held as 16-bit integers with one scale: a row of 17 labels fits in one cache line.
 */
export class NerModel {
  /**
   * Open addressing with each slot's key and its 16-bit weights side by side (STRIDE bytes), so that
   * a lookup touches one cache line: keys are read through `keys` (slot * STRIDE / 4), weights
   * through `weights` (slot * STRIDE / 2 + 2 …). Key 0 is an empty slot.
   */
  private readonly keys: Uint32Array;
  private readonly weights: Int16Array;
  private readonly mask: number;
  private readonly scale: number;

  constructor(readonly data: NerWeights) {
    if (data.weights.length !== data.keys.length * L || data.transitions.length !== TRANSITIONS) {
      throw new Error(`NER model does not fit ${L} labels`);
    }
    let size = 1;
    while (size < data.keys.length * 2) size <<= 1;
    const buffer = new ArrayBuffer(size * STRIDE);
    this.keys = new Uint32Array(buffer);
    this.weights = new Int16Array(buffer);
    this.mask = size - 1;
    let max = 0;
    for (const w of data.weights) max = Math.max(max, Math.abs(w));
    this.scale = max / 32767 || 1;
    data.keys.forEach((k, row) => {
      let s = k & this.mask;
      while (this.keys[s * KEY_STRIDE] !== 0) s = (s + 1) & this.mask;
      this.keys[s * KEY_STRIDE] = k;
      for (let l = 0; l < L; l++) this.weights[s * WEIGHT_STRIDE + 2 + l] = Math.round(data.weights[row * L + l]! / this.scale);
    });
  }

  /** The slot of a feature's weights (they start at weights[slot * WEIGHT_STRIDE + 2]), or -1. */
  private slotOf(key: number): number {
    const { keys, mask } = this;
    let s = key & mask;
    for (;;) {
      const at = keys[s * KEY_STRIDE]!;
      if (at === key) return s;
      if (at === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** The summed weights of a word's own features, once per word type. */
  private ownScores(info: WordInfo): Float32Array {
    if (info.scores && info.scoredBy === this) return info.scores;
    const acc = new Int32Array(L);
    for (const key of info.own) {
      const slot = this.slotOf(key);
      if (slot >= 0) for (let l = 0, w = slot * WEIGHT_STRIDE + 2; l < L; l++) acc[l]! += this.weights[w + l]!;
    }
    info.scores = Float32Array.from(acc, (x) => x * this.scale);
    info.scoredBy = this;
    return info.scores;
  }

  /** Emission scores, n × L. */
  emissions(f: SentenceFeatures): Float32Array {
    const n = f.offsets.length - 1;
    return this.emissionsInto(f, new Float32Array(n * L), new Int32Array(n * L));
  }

  /**
   * Emission scores into `out` (at least n × L; every entry of the first n × L written), summing in
   * `acc` (at least n × L; zeroed here).
   */
  private emissionsInto(f: SentenceFeatures, out: Float32Array, acc: Int32Array): Float32Array {
    const n = f.offsets.length - 1;
    acc.fill(0, 0, n * L);
    const { weights } = this;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = f.offsets[i]!; k < f.offsets[i + 1]!; k++) {
        const slot = this.slotOf(f.feats[k]!);
        if (slot < 0) continue;
        const w = slot * WEIGHT_STRIDE + 2;
        for (let l = 0; l < L; l++) acc[base + l]! += weights[w + l]!;
      }
    }
    for (let i = 0; i < n; i++) {
      if (f.skipped?.[i]) {
        out[i * L] = 0;
        for (let l = 1; l < L; l++) out[i * L + l] = SKIPPED;
        continue;
      }
      const own = this.ownScores(f.words[i]!);
      for (let l = 0; l < L; l++) out[i * L + l] = acc[i * L + l]! * this.scale + own[l]!;
    }
    return out;
  }

  /** A sentence's emission scores in buffers kept from sentence to sentence (dead once its labels are read). */
  private scratchEmissions(f: SentenceFeatures): Float32Array {
    const size = (f.offsets.length - 1) * L;
    if (emitted.length < size) {
      emitted = new Float32Array(2 * size);
      summed = new Int32Array(2 * size);
    }
    return this.emissionsInto(f, emitted, summed);
  }

  /** The best labels for a sentence. */
  decode(f: SentenceFeatures): Uint8Array {
    return viterbi(this.scratchEmissions(f), f.offsets.length - 1, this.data.transitions, f.skipped);
  }

  /**
   * The best labels, and for each token how far its label's score is ahead of the best label of
   * another type (or of O): a small margin means the model could as well have read it otherwise.
   */
  decodeWithMargins(f: SentenceFeatures): { labels: Uint8Array; margins: Float32Array } {
    const n = f.offsets.length - 1;
    const e = this.scratchEmissions(f);
    const labels = viterbi(e, n, this.data.transitions, f.skipped);
    const margins = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      if (f.skipped?.[i]) continue;
      const chosen = labels[i]!;
      const type = TYPE_OF[chosen]!;
      let other = -Infinity;
      for (let l = 0; l < L; l++) if (TYPE_OF[l] !== type && e[i * L + l]! > other) other = e[i * L + l]!;
      margins[i] = e[i * L + chosen]! - other;
    }
    return { labels, margins };
  }
}
