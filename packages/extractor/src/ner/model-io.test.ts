import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from './decode.js';
import { LABELS } from './labels.js';
import { NerModel } from './model.js';
import { decodeModel, encodeModel } from './model-io.js';

const L = LABELS.length;

describe('model files', () => {
  it('keep keys, weights (to 16-bit precision) and transitions', () => {
    const keys = Uint32Array.from([0xdeadbeef, 7, 123456]);
    const weights = Float32Array.from({ length: keys.length * L }, (_, i) => Math.sin(i) * 3);
    const transitions = Float32Array.from({ length: TRANSITIONS }, (_, i) => i / 10);
    const back = decodeModel(encodeModel({ keys, weights, transitions, clusters: true }));
    expect(back.clusters).toBe(true);
    const row = (m: { keys: Uint32Array; weights: Float32Array }, key: number) => {
      const r = [...m.keys].indexOf(key);
      return [...m.weights.slice(r * L, (r + 1) * L)];
    };
    for (const k of keys) row(back, k).forEach((w, l) => expect(w).toBeCloseTo(row({ keys, weights }, k)[l]!, 3));
    expect([...back.transitions]).toEqual([...transitions]);
  });

  it('refuse what is not a model', () => {
    expect(() => decodeModel(Buffer.from('not gzip'))).toThrow();
  });

  it('score features by their rows and ignore unknown ones', () => {
    const weights = new Float32Array(2 * L);
    weights[3] = 2;
    weights[L + 3] = 0.5;
    const m = new NerModel({ keys: Uint32Array.from([11, 22]), weights, transitions: new Float32Array(TRANSITIONS), clusters: false });
    const e = m.emissions({ words: [{ lower: "x", cased: true, capitalised: false, allCaps: false, letter: true, marked: false, lowerHash: 0, shortHash: 0, tags: [], clusters: undefined, own: [11], starts: { place: false, organization: false, demonym: false, title: false } }], offsets: Uint32Array.from([0, 2]), feats: Uint32Array.from([22, 33]) });
    expect(e[3]).toBeCloseTo(2.5, 3);
    expect(e[4]).toBe(0);
  });
});
