import { describe, expect, it } from 'vitest';
import { clusterKey, wordClusters, wordClusterSizes } from './word-clusters.js';

const CITIES = ['london', 'paris', 'moscow', 'tokyo', 'berlin', 'beijing', 'baghdad', 'washington', 'jerusalem', 'cairo'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'with'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Share of pairs (one from each list, distinct words) in the same class at granularity g. */
function shareSameClass(a: string[], b: string[], g: number): number {
  let same = 0;
  let pairs = 0;
  for (const x of a) {
    for (const y of b) {
      if (x === y) continue;
      pairs++;
      if (wordClusters(x)![g] === wordClusters(y)![g]) same++;
    }
  }
  return same / pairs;
}

describe('wordClusters', () => {
  it('gives one id per granularity, coarse to fine, within each granularity’s range', () => {
    const sizes = wordClusterSizes();
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    for (const w of [...CITIES, ...FUNCTION_WORDS]) {
      const ids = wordClusters(w);
      expect(ids, w).toBeDefined();
      expect(ids!.length).toBe(sizes.length);
      ids!.forEach((id, g) => {
        expect(Number.isInteger(id)).toBe(true);
        expect(id).toBeGreaterThanOrEqual(0);
        expect(id).toBeLessThan(sizes[g]!);
      });
    }
  });

  it('is undefined for words it never saw', () => {
    expect(wordClusters('qwxzzyqv')).toBeUndefined();
    expect(wordClusters('')).toBeUndefined();
  });

  it('normalises case, digits and curly apostrophes like the build', () => {
    expect(clusterKey('Jan-1996’s')).toBe("jan-0000's");
    expect(wordClusters('LONDON')).toEqual(wordClusters('london'));
    expect(wordClusters('London')).toEqual(wordClusters('london'));
    expect(wordClusters('1996')).toBeDefined();
    expect(wordClusters('1996')).toEqual(wordClusters('2031'));
    expect(wordClusters('12.5')).toEqual(wordClusters('99.0'));
    expect(wordClusters('’s')).toEqual(wordClusters("'s"));
  });

  it('puts cities together rather than with function words', () => {
    // The granularities are separate clusterings, not nested, so check the two coarser ones.
    for (const g of [0, 1]) {
      const cityCity = shareSameClass(CITIES, CITIES, g);
      const cityFunction = shareSameClass(CITIES, FUNCTION_WORDS, g);
      expect(cityCity).toBeGreaterThan(0.35);
      expect(cityCity).toBeGreaterThan(cityFunction + 0.3);
    }
  });

  it('keeps weekdays together even at a fine granularity', () => {
    const sizes = wordClusterSizes();
    const middle = Math.floor(sizes.length / 2);
    expect(shareSameClass(WEEKDAYS, WEEKDAYS, middle)).toBeGreaterThan(0.5);
    expect(shareSameClass(WEEKDAYS, CITIES, middle)).toBeLessThan(0.1);
  });

  it('returns the same frozen array for repeated lookups', () => {
    const a = wordClusters('Germany');
    expect(wordClusters('germany')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
