import { describe, expect, it } from 'vitest';
import { allowed, LABELS, labelsOf, spansFromBio, spansOf } from './labels.js';

const at = (l: string) => LABELS.indexOf(l);

describe('BILOU labels', () => {
  it('round-trips spans through labels', () => {
    const spans = [
      { start: 0, end: 1, type: 'LOC' as const },
      { start: 2, end: 5, type: 'PER' as const },
      { start: 5, end: 7, type: 'ORG' as const },
    ];
    expect(spansOf(labelsOf(spans, 8))).toEqual(spans);
  });

  it('lets a name open only where none is open, and close only with its own type', () => {
    expect(allowed(-1, at('B-PER'))).toBe(true);
    expect(allowed(-1, at('I-PER'))).toBe(false);
    expect(allowed(at('B-PER'), at('L-PER'))).toBe(true);
    expect(allowed(at('B-PER'), at('L-ORG'))).toBe(false);
    expect(allowed(at('B-PER'), at('O'))).toBe(false);
    expect(allowed(at('I-LOC'), -1)).toBe(false);
    expect(allowed(at('U-LOC'), -1)).toBe(true);
  });

  it('reads BIO tags from the corpora, I- after O starting a name', () => {
    expect(spansFromBio(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-MISC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'MISC' },
    ]);
  });

  it('gives a span the smallest margin of its tokens', () => {
    const labels = labelsOf([{ start: 1, end: 3, type: 'PER' }], 4);
    expect(spansOf(labels, [9, 4, 7, 1])[0]!.margin).toBe(4);
  });
});
