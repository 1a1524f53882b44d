import { describe, expect, it } from 'vitest';
import { docContext, isShouted } from './doc-context.js';
import { sentenceFeatures } from './features.js';
import { WordFeatures } from './word-features.js';

describe('features', () => {
  const wf = new WordFeatures(undefined);
  it('are the same for the same sentence, and differ with the context', () => {
    const ctx = docContext([['Officials', 'met', 'Takaichi', '.']]);
    const a = sentenceFeatures(['Officials', 'met', 'Takaichi', '.'], ctx, wf);
    const b = sentenceFeatures(['Officials', 'met', 'Takaichi', '.'], ctx, wf);
    expect([...a.feats]).toEqual([...b.feats]);
    expect(a.offsets).toHaveLength(5);
    const other = sentenceFeatures(['Officials', 'met', 'Takaichi', '.'], docContext([['officials', 'said']]), wf);
    expect([...other.feats]).not.toEqual([...a.feats]);
  });

  it('know a shouted headline', () => {
    expect(isShouted(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'])).toBe(true);
    expect(isShouted(['The', 'UN', 'said', 'so'])).toBe(false);
  });

  it('note words the article also writes in lower case or capitalised mid-sentence', () => {
    const ctx = docContext([['Officials', 'said', 'Kurtulmuş', 'spoke'], ['Two', 'officials', 'met', 'Kurtulmuş']]);
    expect(ctx.lowerSeen.has('officials')).toBe(true);
    expect(ctx.capitalisedMid.has('kurtulmuş')).toBe(true);
    expect(ctx.capitalisedMid.has('officials')).toBe(false);
  });
});
