import { describe, expect, it } from 'vitest';
import { maxMatching } from './match.js';

describe('maxMatching', () => {
  it('pairs each right item once at most', () => {
    expect(maxMatching([[0], [0], [1]], 2)).toEqual([0, -1, 1]);
  });
  it('reassigns a partner when that gives a larger matching', () => {
    // Left 0 could take 0 or 1; left 1 only 0: a greedy 0→0 would leave left 1 unpaired.
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });
  it('leaves items without edges unpaired', () => {
    expect(maxMatching([[], [2]], 3)).toEqual([-1, 2]);
    expect(maxMatching([], 0)).toEqual([]);
  });
});
