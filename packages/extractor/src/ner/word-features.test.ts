import { describe, expect, it } from 'vitest';
import { WordFeatures } from './word-features.js';

describe('WordFeatures cache', () => {
  it('keeps a word read now and then across generations, and forgets one not read for two', () => {
    const generation = 100;
    const words = new WordFeatures(undefined, generation);
    const frequent = words.get('Pyongyang');
    const rare = words.get('Weisfield');
    for (let i = 0; i < 5 * generation; i++) {
      words.get(`w${i}`);
      if (i % 50 === 0) expect(words.get('Pyongyang')).toBe(frequent);
    }
    expect(words.get('Pyongyang')).toBe(frequent);
    const again = words.get('Weisfield');
    expect(again).not.toBe(rare);
    expect(again).toEqual(rare);
  });
});
