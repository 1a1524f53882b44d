import { describe, expect, it } from 'vitest';
import { accuracy, addAccuracy, addCounts, prf } from './metrics.js';

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.p).toBeCloseTo(0.75);
    expect(s.r).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });
  it('gives 0 for an empty denominator and null when there was nothing at all', () => {
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ p: 0, r: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ p: null, r: null, f1: null });
  });
  it('micro-averages by summing counts', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3 }, { tp: 4, fp: 5, fn: 6 })).toEqual({ tp: 5, fp: 7, fn: 9 });
    expect(addAccuracy(accuracy(1, 2), accuracy(2, 2))).toEqual({ right: 3, total: 4, accuracy: 0.75 });
    expect(accuracy(0, 0).accuracy).toBeNull();
  });
});
