import { describe, expect, it } from 'vitest';
import { TRANSITIONS, transitionIndex, viterbi } from './decode.js';
import { LABELS, spansOf } from './labels.js';

const L = LABELS.length;
const at = (l: string) => LABELS.indexOf(l);

describe('viterbi', () => {
  it('picks the best well-formed sequence, not the best label of each token', () => {
    // Token 0 prefers I-PER, which cannot start a sentence; token 1 prefers L-PER.
    const e = new Float32Array(2 * L);
    e[at('I-PER')] = 5;
    e[at('B-PER')] = 4;
    e[L + at('L-PER')] = 5;
    const labels = viterbi(e, 2, new Float32Array(TRANSITIONS));
    expect(spansOf(labels)).toEqual([{ start: 0, end: 2, type: 'PER' }]);
  });

  it('uses transition scores', () => {
    const e = new Float32Array(L);
    e[at('U-LOC')] = 1;
    e[at('U-ORG')] = 1.5;
    const t = new Float32Array(TRANSITIONS);
    t[transitionIndex(-1, at('U-LOC'))] = 1;
    expect(LABELS[viterbi(e, 1, t)[0]!]).toBe('U-LOC');
  });

  it('gives each sentence the same labels whatever sentences were decoded before it', () => {
    // Pseudo-random scores (a fixed linear congruential sequence), some tokens outside every name.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 4 - 2;
    const sentence = (n: number) => ({ e: Float32Array.from({ length: n * L }, random), outside: Uint8Array.from({ length: n }, () => (random() > 1 ? 1 : 0)) });
    const t = Float32Array.from({ length: TRANSITIONS }, random);
    const sentences = [sentence(40), sentence(3), sentence(25), sentence(1), sentence(12)];
    const forwards = sentences.map((s) => [...viterbi(s.e, s.e.length / L, t, s.outside)]);
    const backwards = [...sentences].reverse().map((s) => [...viterbi(s.e, s.e.length / L, t, s.outside)]).reverse();
    expect(backwards).toEqual(forwards);
    sentences.forEach((s, k) => s.outside.forEach((o, i) => o && expect(forwards[k]![i]).toBe(0)));
  });

  it('handles an empty sentence', () => {
    expect(viterbi(new Float32Array(0), 0, new Float32Array(TRANSITIONS))).toHaveLength(0);
  });
});
