import { describe, expect, it } from 'vitest';
import { isCaseSensitiveName, nameKeyOf, nameWords, phraseKeyOf, titleKey, tokenParts, wordKey } from './keys.js';
import { PhraseIndex } from './phrase-index.js';

describe('keys', () => {
  it('folds a word to its key', () => {
    expect(wordKey('Kurtulmuş')).toBe('kurtulmus');
    expect(wordKey('U.S.')).toBe('us');
    expect(wordKey("d’Ivoire")).toBe('divoire');
    expect(wordKey('&')).toBe('and');
  });

  it('splits names into the words wink-nlp makes tokens of', () => {
    expect(nameWords('Washington, D.C.')).toEqual(['Washington', ',', 'D.C.']);
    expect(nameWords('Guinea-Bissau')).toEqual(['Guinea', 'Bissau']);
    expect(nameWords("People's Liberation Army")).toEqual(['People', "'s", 'Liberation', 'Army']);
    expect(nameWords("Workers' Party")).toEqual(['Workers', 'Party']);
    expect(tokenParts('-')).toEqual(['-']);
  });

  it('makes lookup keys without a leading "the" or a final possessive, phrase keys with "The"', () => {
    expect(nameKeyOf('the Gaza Strip')).toBe('gaza strip');
    expect(nameKeyOf("Japan's")).toBe('japan');
    expect(phraseKeyOf('The Hague')).toBe('the hague');
  });

  it('tells which names need their exact case', () => {
    for (const n of ['US', 'U.S.', 'DPRK', 'ISIS-K', 'AfD', 'BiH', 'G7']) expect(isCaseSensitiveName(n), n).toBe(true);
    for (const n of ['Nato', 'Kyiv', 'United States', 'America']) expect(isCaseSensitiveName(n), n).toBe(false);
  });

  it('title-cases name keys', () => {
    expect(titleKey('MOHAMMED')).toBe('Mohammed');
    expect(titleKey('Hüseyin')).toBe('Huseyin');
  });
});

describe('PhraseIndex', () => {
  const idx = new PhraseIndex<string>(wordKey);
  idx.add('new york', 'NY');
  idx.add('new york city', 'NYC');
  idx.add('york', 'York');

  it('matches the longest phrase ending at a token boundary', () => {
    expect(idx.match(['New', 'York', 'City', 'Hall'], 0)).toEqual({ value: 'NYC', length: 3 });
    expect(idx.match(['New', 'York', 'State'], 0)).toEqual({ value: 'NY', length: 2 });
    expect(idx.match(['New', 'Delhi'], 0)).toBeUndefined();
    expect(idx.match(['New', 'York'], 1)).toEqual({ value: 'York', length: 1 });
  });

  it('lets `accept` refuse a value and keeps the shorter match', () => {
    expect(idx.match(['New', 'York', 'City'], 0, 6, (v) => v !== 'NYC')).toEqual({ value: 'NY', length: 2 });
  });

  it('stops at an empty key (punctuation) and skips dashes inside a phrase', () => {
    expect(idx.match(['New', '.', 'York'], 0)).toBeUndefined();
    expect(idx.match(['New', '-', 'York'], 0)).toEqual({ value: 'NY', length: 3 });
  });
});
